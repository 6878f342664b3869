// validatePolicy on a generated 1,000-service / 40-site / 100-supplier policy (target ≤ 300 ms median).
import { createRequire } from "node:module";
import { generatePolicyYaml } from "../generate-policy.mjs";
import { medianMs } from "../measure.mjs";

const require = createRequire(import.meta.url);

export default async function () {
  const { validatePolicy } = require("../../packages/policy/dist/index.js");
  const { validationRules } = require("../../packages/simulate/dist/index.js");
  const text = generatePolicyYaml({ services: 1000, sites: 40, suppliers: 100 });
  const check = validatePolicy(text, { today: "2026-11-28", rules: validationRules });
  const errors = check.findings.filter((finding) => finding.severity === "error");
  if (errors.length > 0) throw new Error(`generated policy is invalid: ${JSON.stringify(errors.slice(0, 3))}`);
  const median = await medianMs(() => validatePolicy(text, { today: "2026-11-28", rules: validationRules }));
  return [
    {
      name: "validatePolicy 1,000 services / 40 sites / 100 suppliers",
      unit: "ms",
      median,
      target: 300,
      note: `${(text.length / 1024).toFixed(0)} KiB of YAML, ${check.findings.length} warnings`,
    },
  ];
}
