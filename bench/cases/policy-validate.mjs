// validatePolicy on a generated 1,000-service / 40-site / 100-supplier policy (target ≤ 300 ms median), with the
// rules of @relais/policy alone and with every rule `relais validate` runs (validationRules of @relais/simulate,
// which adds the estimate rule rto-unachievable), so that each package's share of the time shows.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generatePolicyYaml } from "../generate-policy.mjs";
import { medianMs, wholeProcess } from "../measure.mjs";

const require = createRequire(import.meta.url);

export default async function () {
  const { parsePolicyText, policyRules, validatePolicy } = require("../../packages/policy/dist/index.js");
  const { validationRules } = require("../../packages/simulate/dist/index.js");
  const text = generatePolicyYaml({ services: 1000, sites: 40, suppliers: 100 });
  const check = validatePolicy(text, { today: "2026-11-28", rules: validationRules });
  const errors = check.findings.filter((finding) => finding.severity === "error");
  if (errors.length > 0) throw new Error(`generated policy is invalid: ${JSON.stringify(errors.slice(0, 3))}`);
  const size = `${(text.length / 1024).toFixed(0)} KiB of YAML`;
  const run = (rules) => () => validatePolicy(text, { today: "2026-11-28", rules });
  const dir = mkdtempSync(join(tmpdir(), "relais-bench-validate-"));
  const file = join(dir, "continuity.yaml");
  writeFileSync(file, text);
  const cli = wholeProcess(["validate", file, "--today", "2026-11-28", "--quiet"], { runs: 5 });
  rmSync(dir, { recursive: true, force: true });
  return [
    {
      name: "parse YAML 1,000 services",
      unit: "ms",
      median: await medianMs(() => parsePolicyText(text)),
      note: size,
    },
    {
      name: "validatePolicy 1,000 services / 40 sites / 100 suppliers (policy rules)",
      unit: "ms",
      median: await medianMs(run(policyRules)),
      target: 300,
      note: `${policyRules.length} rules`,
    },
    {
      name: "validatePolicy 1,000 services / 40 sites / 100 suppliers (validationRules)",
      unit: "ms",
      median: await medianMs(run(validationRules)),
      target: 300,
      note: `${validationRules.length} rules, ${check.findings.length} warnings`,
    },
    {
      name: "relais validate 1,000 services (whole process)",
      unit: "ms",
      median: cli.ms,
      target: 200,
      note: `start-up, read, parse, every rule, print; CPU ${cli.cpuMs.toFixed(0)} ms, peak ${cli.peakMiB.toFixed(0)} MiB`,
    },
  ];
}
