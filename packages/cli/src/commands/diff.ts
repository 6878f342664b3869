import { readFileSync } from "node:fs";
import type { Finding } from "@relais/policy";
import type { Command } from "commander";
import { EXIT, UsageError } from "../errors";
import { withCommonOptions } from "../options";
import { type CommonOptions, createStyle, emit, resolveFormat, useColor } from "../output";

const FORMATS = ["text", "json", "md"] as const;

export function diffCommand(program: Command, setExit: (code: number) => void): void {
  withCommonOptions(
    program
      .command("diff")
      .summary("risk-classified review diff of two policies")
      .description(
        "Compare two versions of a continuity policy. Every change is classified loosened, tightened or neutral with " +
          "its reason, and the --all scenario matrix of both versions is compared: services whose status gets worse " +
          "in any scenario, and commitments newly breached.\n" +
          "Either side may be - for standard input: git show main:continuity.yaml | relais diff - continuity.yaml\n" +
          "Exit codes: 0 nothing loosened, 1 something loosened or an outcome worse, 2 usage error or an invalid " +
          "policy (its findings are printed).",
      )
      .argument("<old>", "the old policy file, or - for standard input")
      .argument("<new>", "the new policy file, or - for standard input"),
    FORMATS,
  ).action(async (oldSource: string, newSource: string, options: CommonOptions) => {
    const format = resolveFormat(options, FORMATS, "text");
    if (oldSource === "-" && newSource === "-") {
      throw new UsageError("only one side of relais diff can be standard input", "name a file for the other side");
    }
    const policyPackage = await import("@relais/policy");
    const { validationRules } = await import("@relais/simulate");
    const sides = [
      { role: "old", source: oldSource },
      { role: "new", source: newSource },
    ].map((side) => ({
      ...side,
      result: policyPackage.validatePolicy(readSource(policyPackage, side.source), { rules: validationRules }),
    }));
    const invalid = sides.filter((side) => !side.result.valid || !side.result.policy);
    if (invalid.length > 0) {
      const { renderFindings } = await import("../render/findings");
      const style = createStyle(useColor(options, process.stderr));
      for (const side of invalid) {
        const errors = side.result.findings.filter((finding: Finding) => finding.severity === "error");
        process.stderr.write(`${style.red("error:")} the ${side.role} policy (${label(side.source)}) is invalid:\n`);
        process.stderr.write(renderFindings(errors, style, label(side.source)));
      }
      setExit(EXIT.usage);
      return;
    }
    const [before, after] = sides.map((side) => side.result.policy as NonNullable<typeof side.result.policy>);
    const { diffPolicies } = await import("@relais/report");
    const diff = diffPolicies(before, after);
    const labels = { before: label(oldSource), after: label(newSource) };
    if (format === "json") {
      emit(JSON.stringify({ old: labels.before, new: labels.after, ...diff }, null, 2), options);
    } else if (format === "md") {
      const { renderDiffMarkdown } = await import("../render/diff-markdown");
      emit(renderDiffMarkdown(diff, labels), options);
    } else {
      const { renderDiffText } = await import("../render/diff-text");
      emit(renderDiffText(diff, labels, createStyle(useColor(options))), options);
    }
    setExit(diff.loosened ? EXIT.findings : EXIT.ok);
  });
}

function label(source: string): string {
  return source === "-" ? "standard input" : source;
}

type PolicyPackage = typeof import("@relais/policy");

/** Reads one side: a file through the policy loader's checks, or all of standard input with the same limits. */
function readSource(policyPackage: PolicyPackage, source: string): string {
  const { MAX_POLICY_BYTES, PolicyFileError, readPolicyFile } = policyPackage;
  if (source !== "-") return readPolicyFile(source);
  let bytes: Buffer;
  try {
    bytes = readFileSync(0);
  } catch (error) {
    throw new PolicyFileError(`cannot read standard input: ${(error as Error).message}`, "-");
  }
  if (bytes.length > MAX_POLICY_BYTES) {
    throw new PolicyFileError(
      `standard input holds more than ${MAX_POLICY_BYTES / 1024 / 1024} MiB; a policy may not`,
      "-",
    );
  }
  if (bytes.includes(0)) throw new PolicyFileError("standard input is binary, not a YAML or JSON policy", "-");
  return bytes.toString("utf8");
}
