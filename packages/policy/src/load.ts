import { readFileSync, statSync } from "node:fs";
import type * as Yaml from "yaml";
import type { Finding } from "./finding";
import { InputError } from "./input-error";
import { excessiveNesting, MAX_NESTING } from "./yaml-depth";
import { parseYamlFast } from "./yaml-fast";

/** Largest policy file read; a larger one is refused before parsing (a 1,000-service policy is under 1 MiB). */
export const MAX_POLICY_BYTES = 4 * 1024 * 1024;

/** Most alias expansions a policy may use: enough for anchors, far too few for a "billion laughs" bomb. */
const MAX_ALIAS_COUNT = 200;

/** A policy file that cannot be read at all: missing, a directory, binary or too large. */
export class PolicyFileError extends InputError {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
  }
}

/** Reads a policy file as UTF-8 text, refusing what is not a readable text file with a clear message. */
export function readPolicyFile(file: string): string {
  let size: number;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) {
      throw new PolicyFileError(`${file} is a directory, not a policy file: name the continuity.yaml inside it`, file);
    }
    size = stats.size;
  } catch (error) {
    if (error instanceof PolicyFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : String(code);
    throw new PolicyFileError(`cannot read ${file}: ${reason}`, file);
  }
  if (size > MAX_POLICY_BYTES) {
    const megabytes = (size / 1024 / 1024).toFixed(1);
    throw new PolicyFileError(
      `${file} is ${megabytes} MiB; a policy file may be at most ${MAX_POLICY_BYTES / 1024 / 1024} MiB`,
      file,
    );
  }
  const bytes = readFileSync(file);
  if (bytes.includes(0)) {
    throw new PolicyFileError(`${file} is a binary file, not a YAML or JSON policy`, file);
  }
  return bytes.toString("utf8");
}

/** The result of reading YAML or JSON text: the plain data, or the syntax findings that stop it. */
export interface ParsedText {
  data: unknown;
  findings: Finding[];
}

/**
 * Parses YAML (or JSON, which is YAML) text. Syntax errors, duplicate keys and alias bombs become `syntax` findings
 * located by line and column. A fast parser handles the common case; the `yaml` package, with the diagnostics,
 * decides every other one (see `yaml-fast.ts`).
 */
export function parsePolicyText(text: string): ParsedText {
  if (text.length > MAX_POLICY_BYTES) {
    return {
      data: undefined,
      findings: [
        syntaxFinding("line 1, column 1", "the policy text is too large", "split it or remove generated content"),
      ],
    };
  }
  const deep = excessiveNesting(text);
  if (deep) {
    return {
      data: undefined,
      findings: [
        syntaxFinding(
          `line ${deep.line}, column ${deep.column}`,
          `the YAML nests more than ${MAX_NESTING} levels deep; refused (a policy needs fewer than 10)`,
          "flatten the structure: this is not a continuity policy",
        ),
      ],
    };
  }
  const fast = parseYamlFast(text);
  return fast ? { data: fast.data, findings: [] } : parseYamlPrecise(text);
}

/** The `yaml` package's parse: slower, with every error located, duplicate keys and alias limits. */
function parseYamlPrecise(text: string): ParsedText {
  // Loaded on demand: a valid policy never needs it, and it costs a cold start ~40 ms.
  const { LineCounter, parseDocument } = require("yaml") as typeof Yaml;
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const findings: Finding[] = document.errors.map((error) => {
    const position = lineCounter.linePos(error.pos[0]);
    const duplicate = error.code === "DUPLICATE_KEY";
    return syntaxFinding(
      `line ${position.line}, column ${position.col}`,
      duplicate ? `${firstLine(error.message)}: a key appears twice in one mapping` : firstLine(error.message),
      duplicate ? "remove or rename one of the two keys" : "fix the YAML syntax at this place",
    );
  });
  if (findings.length > 0) return { data: undefined, findings };
  try {
    const data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { data, findings: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const excessive = /alias/i.test(message);
    return {
      data: undefined,
      findings: [
        syntaxFinding(
          "line 1, column 1",
          excessive
            ? `the YAML aliases expand beyond ${MAX_ALIAS_COUNT} copies, which looks like an alias bomb; refused`
            : message,
          excessive ? "write the repeated content out or use fewer aliases" : "fix the YAML",
        ),
      ],
    };
  }
}

function firstLine(message: string): string {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}

function syntaxFinding(path: string, message: string, hint: string): Finding {
  return { code: "syntax", severity: "error", path, message, hint };
}
