// `relais preview --all` on the generated 1,000-service / 40-site / 100-supplier policy: the scenario matrix
// simulated and rendered as the default table (target ≤ 2 s median), and the same for 2,000 services (target
// ≤ 2.2× the 1,000 figure: linear growth). Each run starts from a fresh policy object, so nothing is cached across
// runs. The end-to-end CLI figure (read, validate, simulate, render) is reported alongside, without a target.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generatePolicy, generatePolicyYaml } from "../generate-policy.mjs";
import { medianMs, wholeProcess } from "../measure.mjs";

const require = createRequire(import.meta.url);

export default async function () {
  const { validatePolicy } = require("../../packages/policy/dist/index.js");
  const { runPreview, scenarioMatrix } = require("../../packages/simulate/dist/index.js");
  const { renderPreviewTable } = require("../../packages/cli/dist/render/preview-table.js");
  const { createStyle } = require("../../packages/cli/dist/output.js");
  const style = createStyle(false);

  const measure = async (services) => {
    const { policy } = validatePolicy(generatePolicy({ services, sites: 40, suppliers: 100 }), { rules: [] });
    let scenarios = 0;
    let bytes = 0;
    const median = await medianMs(
      () => {
        const fresh = structuredClone(policy);
        const preview = runPreview(fresh, scenarioMatrix(fresh));
        const text = renderPreviewTable(preview, { matrix: true, findings: [], label: "generated" }, style);
        scenarios = preview.scenarios.length;
        bytes = text.length;
      },
      { runs: 7, warmup: 2 },
    );
    return { median, scenarios, bytes };
  };

  const small = await measure(1000);
  const large = await measure(2000);
  const ratio = large.median / small.median;

  const dir = mkdtempSync(join(tmpdir(), "relais-bench-preview-"));
  const file = join(dir, "policy.yaml");
  writeFileSync(file, generatePolicyYaml({ services: 1000, sites: 40, suppliers: 100 }));
  const cli = wholeProcess([
    "preview",
    file,
    "--all",
    "--today",
    "2026-11-28",
    "--quiet",
    "--out",
    join(dir, "out.txt"),
  ]);
  // 10,000 services: as JSON (a ~4 MB policy; YAML would pass the 4 MiB file limit), streamed scenario by scenario.
  const huge = join(dir, "policy-10000.json");
  writeFileSync(huge, JSON.stringify(generatePolicy({ services: 10000, sites: 40, suppliers: 100 })));
  const out = join(dir, "out.json");
  const fresh = (file) => {
    rmSync(file, { force: true });
    spawnSync("sync");
  };
  const json = (extra) => ({
    ...wholeProcess(
      ["preview", huge, "--all", "--format", "json", "--today", "2026-11-28", "--quiet", ...extra, "--out", out],
      // Each run writes a new file, with the previous runs' hundreds of megabytes flushed to the disk first.
      { runs: 3, before: () => fresh(out) },
    ),
    megabytes: statSync(out).size / 1e6,
  });
  const full = json([]);
  const compact = json(["--compact"]);
  rmSync(dir, { recursive: true, force: true });

  return [
    {
      name: "preview --all matrix, 1,000 services / 40 sites / 100 suppliers",
      unit: "ms",
      median: small.median,
      target: 2000,
      note: `${small.scenarios} scenarios, simulate + table (${(small.bytes / 1024 / 1024).toFixed(1)} MiB of text)`,
    },
    {
      name: "preview --all matrix, 2,000 services",
      unit: "ms",
      median: large.median,
      target: Math.round(2.2 * small.median),
      note: `${ratio.toFixed(2)}× the 1,000-service figure (target ≤ 2.2×), ${large.scenarios} scenarios`,
    },
    {
      name: "relais preview --all (CLI end to end, 1,000 services)",
      unit: "ms",
      median: cli.ms,
      note: `read, validate with every rule, simulate, render the table to a file; CPU ${cli.cpuMs.toFixed(0)} ms, peak ${cli.peakMiB.toFixed(0)} MiB`,
    },
    {
      name: "relais preview --all --format json, 10,000 services (whole process)",
      unit: "ms",
      median: full.ms,
      target: 5000,
      note: `streamed, ${full.megabytes.toFixed(0)} MB; CPU ${full.cpuMs.toFixed(0)} ms, peak ${full.peakMiB.toFixed(0)} MiB (target 512 MiB)`,
    },
    {
      name: "relais preview --all --format json --compact, 10,000 services (whole process)",
      unit: "ms",
      median: compact.ms,
      target: 5000,
      note: `untouched services by id, ${compact.megabytes.toFixed(0)} MB; CPU ${compact.cpuMs.toFixed(0)} ms, peak ${compact.peakMiB.toFixed(0)} MiB (target 512 MiB)`,
    },
  ];
}
