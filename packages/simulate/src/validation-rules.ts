import { policyRules, type Rule } from "@relais/policy";

/** Every rule `relais validate` runs: the policy rules, then the rules that need the estimate model. */
export const validationRules: readonly Rule[] = [...policyRules];
