import type { Finding } from "../finding";
import { FINDING_CODES, type FindingCodeFrom } from "../finding-codes";
import type { ContinuityPolicy } from "../schema/policy";

/** What a rule sees: the normalised policy and, for date rules, today's date. */
export interface RuleContext {
  policy: ContinuityPolicy;
  /** `YYYY-MM-DD`; rules that compare dates do nothing without it. */
  today?: string;
}

/** One problem a rule found: where, what, and (when more specific than the rule's) how to fix it. */
export interface Violation {
  path: string;
  message: string;
  hint?: string;
}

/**
 * A semantic rule: its code, its documentation and the check itself. Its severity and one-line summary are those of
 * its code in the registry of finding codes.
 */
export interface Rule {
  code: FindingCodeFrom<"rule">;
  /** Why it matters, for docs/rules.md. */
  why: string;
  /** How to fix it in general; a violation may give a more specific hint. */
  fix: string;
  check(context: RuleContext): Violation[];
}

/** Runs rules over a policy and returns their findings. */
export function runRules(rules: readonly Rule[], context: RuleContext): Finding[] {
  return rules.flatMap((rule) =>
    rule.check(context).map((violation) => ({
      code: rule.code,
      severity: FINDING_CODES[rule.code].severity,
      path: violation.path,
      message: violation.message,
      hint: violation.hint ?? rule.fix,
    })),
  );
}
