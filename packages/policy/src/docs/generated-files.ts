import { policyJsonSchema } from "../json-schema";
import type { Rule } from "../rules/rule";
import { renderPolicyFormatDoc } from "./policy-format-doc";
import { renderRulesDoc } from "./rules-doc";

/**
 * Every file generated from the code, by path from the repository root, with its content. `rules` is what
 * `relais validate` runs (`validationRules` of `@relais/simulate`, which adds the estimate rules to `policyRules`).
 * `scripts/generate-docs.mjs` writes them; a test fails when a committed copy is stale.
 */
export function generatedFiles(rules: readonly Rule[]): Record<string, string> {
  return {
    "docs/policy-format.md": renderPolicyFormatDoc(),
    "docs/rules.md": renderRulesDoc(rules),
    "packages/policy/schema.json": `${JSON.stringify(policyJsonSchema(), null, 2)}\n`,
  };
}
