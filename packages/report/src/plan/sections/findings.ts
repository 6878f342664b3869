import { count } from "../../text/format";
import { code, paragraph, table, toned } from "../blocks";
import type { PlanInputs } from "../inputs";
import type { Cell, Section } from "../model";

/** The open validation findings: warnings the policy still has (and drift, for a program). */
export function findingsSection({ findings }: PlanInputs): Section {
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
    ],
  };
}
