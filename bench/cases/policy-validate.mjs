// validatePolicy on a generated 1,000-service / 40-site / 100-supplier policy (target ≤ 300 ms median), with the
// rules of @relais/policy alone and with every rule `relais validate` runs (validationRules of @relais/simulate,
// which adds the estimate rule rto-unachievable), so that each package's share of the time shows. The whole-process
// figure comes with its floor on the machine at hand: starting Node.js alone, then starting it and loading zod, which
// every validation needs before it reads a byte of the policy.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generatePolicyYaml } from "../generate-policy.mjs";
import { medianCommandMs, medianMs, wholeProcess } from "../measure.mjs";

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
  const zod = require.resolve("zod", { paths: [require.resolve("../../packages/policy/package.json")] });
  const nodeAlone = medianCommandMs(process.execPath, ["-e", "0"]);
  const nodeAndZod = medianCommandMs(process.execPath, ["-e", `require(${JSON.stringify(zod)})`]);
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
    {
      name: "floor: node -e 0 (whole process)",
      unit: "ms",
      median: nodeAlone,
      note: "Node.js start-up on this machine",
    },
    {
      name: "floor: node loading zod (whole process)",
      unit: "ms",
      median: nodeAndZod,
      note: "what every validation spends before reading the policy",
    },
  ];
}
