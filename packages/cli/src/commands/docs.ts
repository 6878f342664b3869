import { extname } from "node:path";
import type { Command } from "commander";
import { EXIT } from "../errors";
import { resolveToday, withCommonOptions } from "../options";
import { type CommonOptions, createStyle, emit, resolveFormat, useColor } from "../output";

const FORMATS = ["md", "html"] as const;

export function docsCommand(program: Command, setExit: (code: number) => void): void {
  withCommonOptions(
    program
      .command("docs")
      .summary("write the continuity plan document")
      .description(
        "Write the business continuity plan of a policy, or of what a Pulumi program deploys: purpose and scope, " +
          "business impact analysis, sites and sovereignty, topology and dependency diagrams, the scenario matrix, a " +
          "runbook per declared scenario, the crisis cell, stages, people, suppliers, commitments, exercises and open " +
          "findings, with a table mapping each NIS2 (EU 2024/2690, Annex 4.1.2) element to its sections.\n" +
          "Markdown (default; Mermaid diagrams for GitHub and GitLab) or one self-contained, printable HTML file " +
          "(--format html, or --out plan.html). The same input and --today give the same bytes.\n" +
          "Exit codes: 0 written, 2 usage error or invalid input (its findings are printed).",
      )
      .argument("<target>", "continuity.yaml, or a Pulumi program directory"),
    FORMATS,
  ).action(async (target: string, options: CommonOptions) => {
    const format = docsFormat(options);
    const today = resolveToday(options);
    const subject = await loadSubject(target, today);
    const errors = subject.findings.filter((finding) => finding.severity === "error");
    if (errors.length > 0) {
      const { renderFindings } = await import("../render/findings");
      const style = createStyle(useColor(options, process.stderr));
      process.stderr.write(renderFindings(errors, style));
      process.stderr.write(`${style.red("error:")} ${subject.label} is invalid: no plan document is written for it\n`);
      setExit(EXIT.usage);
      return;
    }
    const { renderPlan } = await import("@relais/report");
    const text = await renderPlan(subject.policy, {
      format,
      today,
      source: subject.label,
      extraFindings: subject.findings,
    });
    emit(text, options);
  });
}

/** `--format`, else the extension of `--out` (`.html`, `.htm`), else Markdown. */
function docsFormat(options: CommonOptions): "md" | "html" {
  if (options.format === undefined && options.out !== undefined) {
    const extension = extname(options.out).toLowerCase();
    if (extension === ".html" || extension === ".htm") return "html";
  }
  return resolveFormat(options, FORMATS, "md") as "md" | "html";
}

/** Until the shared preview subject loader lands: a policy file, validated with every rule. */
async function loadSubject(target: string, today: string) {
  const { readPolicyFile, validatePolicy } = await import("@relais/policy");
  const { validationRules } = await import("@relais/simulate");
  const result = validatePolicy(readPolicyFile(target), { today, rules: validationRules });
  if (!result.policy) return { policy: undefined as never, findings: result.findings, label: target };
  return { policy: result.policy, findings: result.findings, label: target };
}
