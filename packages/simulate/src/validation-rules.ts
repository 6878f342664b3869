import { policyRules, type Rule } from "@relais/policy";
import { rtoUnachievable } from "./rules/rto-unachievable";

/** Every rule `relais validate` runs: the policy rules, then the rules that need the estimate model. */
export const validationRules: readonly Rule[] = [...policyRules, rtoUnachievable];
