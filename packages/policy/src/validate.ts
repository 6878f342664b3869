import { type Finding, parsePath, sortFindings } from "./finding";
import { parsePolicyText } from "./load";
import { policyRules } from "./rules";
import { type Rule, runRules } from "./rules/rule";
import type { ContinuityPolicy } from "./schema/policy";
import { type Locate, parsePolicyData } from "./schema-findings";

export interface ValidateOptions {
  /** `YYYY-MM-DD`; the date rules (`exercise-overdue`, `review-overdue`) run only when it is given. */
  today?: string;
  /** The rules to run; default every rule of this package. `@relais/simulate` adds the estimate rules. */
  rules?: readonly Rule[];
}

export interface ValidationResult {
  /** True when no finding is an error. */
  valid: boolean;
  /** The normalised policy when it passed the schema, else null. */
  policy: ContinuityPolicy | null;
  /** Every finding, sorted by path. */
  findings: Finding[];
}

/**
 * Validates a policy given as YAML/JSON text or as already-parsed plain data: syntax, schema, then every
 * semantic rule. Never throws for bad input: every problem is a finding.
 */
export function validatePolicy(source: string | object, options: ValidateOptions = {}): ValidationResult {
  let data: unknown = source;
  let locate: Locate | undefined;
  if (typeof source === "string") {
    const parsed = parsePolicyText(source);
    if (parsed.findings.length > 0) return result(null, parsed.findings);
    data = parsed.data;
    locate = parsed.locate;
  }
  const schema = parsePolicyData(data, locate);
  if (!schema.policy) return result(null, schema.findings);
  const findings = runRules(options.rules ?? policyRules, { policy: schema.policy, today: options.today });
  const place = locate;
  return result(
    schema.policy,
    place ? findings.map((finding) => ({ ...finding, ...place(parsePath(finding.path)) })) : findings,
  );
}

function result(policy: ContinuityPolicy | null, findings: Finding[]): ValidationResult {
  return { valid: !findings.some((finding) => finding.severity === "error"), policy, findings: sortFindings(findings) };
}
