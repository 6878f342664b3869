import { existsSync } from "node:fs";
import { join } from "node:path";
import { FINDING_CODES } from "../finding-codes";
import { policyRules } from "./index";

/** The table of semantic rules (docs/rules.md), in order, without `schema` and `rto-unachievable` (other packages). */
const RULES_TABLE = [
  ["unknown-reference", "error"],
  ["duplicate-id", "error"],
  ["tier-min-sites", "error"],
  ["site-separation", "error"],
  ["strategy-not-allowed", "error"],
  ["rpo-unachievable", "error"],
  ["mtpd-below-rto", "error"],
  ["commitment-unachievable", "error"],
  ["dependency-cycle", "error"],
  ["dependency-tier-inversion", "error"],
  ["data-residency", "error"],
  ["stage-levels", "error"],
  ["crisis-cell-missing", "error"],
  ["site-kind", "error"],
  ["supplier-rto-exceeds-service-rto", "warning"],
  ["critical-supplier-without-exit-plan", "warning"],
  ["concentration-risk", "warning"],
  ["role-without-deputy", "warning"],
  ["remote-capacity-insufficient", "warning"],
  ["remote-duration-unproven", "warning"],
  ["exercise-overdue", "warning"],
  ["review-overdue", "warning"],
  ["tier-not-exercised", "warning"],
  ["single-site", "warning"],
  ["hosting-provider-undeclared", "warning"],
  ["exit-plan-untested", "warning"],
  ["restore-untested", "warning"],
  ["exercise-action-overdue", "warning"],
  ["unknown-region", "warning"],
];

describe("policyRules", () => {
  it("holds every rule of the rules table, in its order, with its severity", () => {
    expect(policyRules.map((rule) => [rule.code, FINDING_CODES[rule.code].severity])).toEqual(RULES_TABLE);
  });

  it.each(policyRules.map((rule) => [rule.code, rule] as const))(
    "%s is documented and tested in its own files",
    (code, rule) => {
      expect(FINDING_CODES[code].summary.length).toBeGreaterThan(20);
      expect(rule.why.length).toBeGreaterThan(40);
      expect(rule.fix.length).toBeGreaterThan(15);
      expect(existsSync(join(__dirname, `${code}.ts`))).toBe(true);
      // Each rule's test file holds its compliant case and every non-compliant case.
      expect(existsSync(join(__dirname, `${code}.test.ts`))).toBe(true);
    },
  );
});
