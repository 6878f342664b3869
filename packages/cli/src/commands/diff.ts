import type { Finding } from "@relais/policy";
import type { Command } from "commander";
import { EXIT, UsageError } from "../errors";
import { withCommonOptions } from "../options";
import { type CommonOptions, createStyle, emit, resolveFormat, useColor } from "../output";

const FORMATS = ["table", "json", "md"] as const;

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
    const format = resolveFormat(options, FORMATS, "table");
    if (oldSource === "-" && newSource === "-") {
      throw new UsageError("only one side of relais diff can be standard input", "name a file for the other side");
    }
    const policyPackage = await import("@relais/policy");
    const { validationRules } = await import("@relais/simulate");
    const sides = [];
    for (const side of [
      { role: "old", source: oldSource },
      { role: "new", source: newSource },
    ]) {
      const text = await readSource(policyPackage, side.source);
      sides.push({ ...side, result: policyPackage.validatePolicy(text, { rules: validationRules }) });
    }
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
      const { jsonDocument } = await import("../json-output");
      emit(jsonDocument({ old: labels.before, new: labels.after, ...diff }), options);
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

/** Reads one side: a file through the policy loader's checks, or standard input with the same limits. */
async function readSource(policyPackage: PolicyPackage, source: string): Promise<string> {
  if (source !== "-") return policyPackage.readPolicyFile(source);
  const { readStandardInput } = await import("../stdin");
  return policyPackage.policyTextOf(await readStandardInput(), "-");
}
