import { readFileSync, statSync } from "node:fs";
import { load, YAMLException } from "js-yaml";
import type { Finding } from "./finding";
import { severityOf } from "./finding-codes";
import { InputError } from "./input-error";
import { CORE_1_2 } from "./yaml-core-schema";
import { excessiveNesting, MAX_NESTING } from "./yaml-depth";
import { lineStarts, offsetPosition, type Position, YamlNodes } from "./yaml-nodes";

/** Largest policy file read; a larger one is refused before parsing (a 1,000-service policy is under 1 MiB). */
export const MAX_POLICY_BYTES = 4 * 1024 * 1024;

/**
 * How much text the aliases of a policy may copy in total, nested aliases included and whatever the kind of node:
 * plenty for anchors, far too little for a "billion laughs" bomb or a long scalar copied a thousand times.
 */
export const MAX_ALIAS_EXPANSION = 1024 * 1024;

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
  return policyTextOf(readFileSync(file), file);
}

/** The text of a policy read as bytes (a file, standard input), refusing binary content. `source` names it. */
export function policyTextOf(bytes: Buffer, source: string): string {
  if (bytes.includes(0)) {
    const what = source === "-" ? "standard input is" : `${source} is a`;
    throw new PolicyFileError(`${what} binary${source === "-" ? "" : " file"}, not a YAML or JSON policy`, source);
  }
  return bytes.toString("utf8");
}

/** The result of reading YAML or JSON text: the plain data, or the syntax findings that stop it. */
export interface ParsedText {
  data: unknown;
  findings: Finding[];
  /** Where the node at a path (keys and indexes) starts; `key` for a mapping key's own position. Absent on failure. */
  locate?: (path: readonly PropertyKey[], key?: boolean) => Position;
}

/**
 * Parses YAML (or JSON, which is YAML) text with the one parser of the format: js-yaml, resolving scalars as YAML
 * 1.2's core schema does. Syntax errors, duplicate keys, explicit `?` keys, deep nesting and aliases that copy more
 * than `MAX_ALIAS_EXPANSION` characters become `syntax` findings located by line and column.
 */
export function parsePolicyText(text: string): ParsedText {
  if (text.length > MAX_POLICY_BYTES) {
    return refused(1, 1, "the policy text is too large", "split it or remove generated content");
  }
  const deep = excessiveNesting(text);
  if (deep) {
    return refused(
      deep.line,
      deep.column,
      `the YAML nests more than ${MAX_NESTING} levels deep; refused (a policy needs fewer than 10)`,
      "flatten the structure: this is not a continuity policy",
    );
  }
  const explicitKey = EXPLICIT_KEY.exec(text);
  if (explicitKey) {
    const { line, column } = offsetPosition(lineStarts(text), explicitKey.index + explicitKey[0].indexOf("?"));
    return refused(line, column, "explicit `?` keys are not part of the policy format", "write the key plainly");
  }
  const nodes = new YamlNodes(text);
  let data: unknown;
  try {
    data = load(text, { schema: CORE_1_2, json: false, listener: nodes.listener });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const duplicate = error.reason === "duplicated mapping key";
    // js-yaml gives no mark for a second document: point at the `---` that starts it.
    const { line, column } = error.mark
      ? { line: error.mark.line + 1, column: error.mark.column + 1 }
      : offsetPosition(lineStarts(text), Math.max(0, text.search(/(?<=\n)---/)));
    return refused(
      line,
      column,
      duplicate ? "a key appears twice in one mapping" : error.reason,
      duplicate ? "remove or rename one of the two keys" : "fix the YAML syntax at this place",
    );
  }
  if (nodes.aliasExpansion(MAX_ALIAS_EXPANSION) > MAX_ALIAS_EXPANSION) {
    return refused(
      1,
      1,
      `the YAML aliases copy more than ${MAX_ALIAS_EXPANSION / 1024 / 1024} MiB of text, which looks like an alias bomb; refused`,
      "write the repeated content out or use fewer aliases",
    );
  }
  return { data, findings: [], locate: (path, key) => nodes.locate(path, key) };
}

/** An explicit `?` key in block style, whose meaning (a key that is a collection) a policy never needs. */
const EXPLICIT_KEY = /^[ \t]*(?:- +)*\?(?:[ \t]|$)/m;

function refused(line: number, column: number, message: string, hint: string): ParsedText {
  return {
    data: undefined,
    findings: [{ code: "syntax", severity: severityOf("syntax"), path: "(root)", message, hint, line, column }],
  };
}
