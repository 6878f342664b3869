import type { Finding } from "../finding";
import type { Rule } from "../rules/rule";
import { validatePolicy } from "../validate";

/** Runs one rule over a policy input that must pass the schema, and returns that rule's findings. */
export function findingsOf(rule: Rule, input: object, today?: string): Finding[] {
  const result = validatePolicy(input, { rules: [rule], today });
  if (!result.policy) throw new Error(`test policy does not parse: ${JSON.stringify(result.findings, null, 2)}`);
  return result.findings.filter((finding) => finding.code === rule.code);
}
