import type { PreviewResult, ScenarioFinding } from "@relais/simulate";
import { count } from "../../text/format";
import { code, codes, paragraph, subsection, table, toned } from "../blocks";
import type { PlanInputs } from "../inputs";
import type { Cell, Section } from "../model";

/**
 * Every open finding: the validation findings the policy still has (and drift, for a program), then what the
 * simulated scenarios reveal (over-committed sites, MTPD exceeded, people), as the simulation reports it.
 */
export function findingsSection({ findings, matrix }: PlanInputs): Section {
  const errors = findings.filter((finding) => finding.severity === "error").length;
  const warnings = findings.length - errors;
  return {
    id: "findings",
    title: "Open validation findings",
    covers: [],
    blocks: [
      paragraph(
        findings.length === 0
          ? "Every validation rule passes: there is no open finding."
          : `The policy passes validation with ${count(warnings, "open warning")}${errors > 0 ? ` and ${count(errors, "error")}` : ""}. Each is a known gap in the plan: fix it, or accept it explicitly at the next review.`,
      ),
      table(
        ["Severity", "Rule", "Where", "Finding", "How to fix"],
        findings.map((finding): Cell[] => [
          toned(finding.severity, finding.severity === "error" ? "bad" : "warn"),
          code(finding.code),
          code(finding.path),
          finding.message,
          finding.hint,
        ]),
        { empty: "No open finding." },
      ),
      subsection("scenario-findings", "Findings of the simulated scenarios", [
        paragraph(
          "What the simulation of the scenario matrix reveals beyond service statuses, each with the scenarios that show it.",
        ),
        table(
          ["Severity", "Finding", "What", "Scenarios"],
          scenarioFindings(matrix).map(({ finding, scenarios }): Cell[] => [
            toned(finding.severity, finding.severity === "error" ? "bad" : "warn"),
            code(finding.code),
            finding.message,
            codes(scenarios),
          ]),
          { empty: "No scenario of the matrix reveals a finding." },
        ),
      ]),
    ],
  };
}

/** The scenario findings, each once (errors first, then in order of appearance), with the scenarios that show it. */
function scenarioFindings(matrix: PreviewResult): Array<{ finding: ScenarioFinding; scenarios: string[] }> {
  const byKey = new Map<string, { finding: ScenarioFinding; scenarios: string[] }>();
  for (const scenario of matrix.scenarios) {
    for (const finding of scenario.findings) {
      const key = `${finding.code}\u0000${finding.message}`;
      const known = byKey.get(key);
      if (known) known.scenarios.push(scenario.id);
      else byKey.set(key, { finding, scenarios: [scenario.id] });
    }
  }
  const all = [...byKey.values()];
  return [...all.filter((f) => f.finding.severity === "error"), ...all.filter((f) => f.finding.severity !== "error")];
}
