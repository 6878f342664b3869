// Cold start of the CLI as whole processes: `relais validate` on the example (≤ 0.5 s wall) and `relais --help`
// (≤ 0.3 s), with their CPU time and peak memory.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { wholeProcess } from "../measure.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export default async function () {
  const example = join(root, "examples", "policies", "acme-payments.yaml");
  // Exit 1 (errors found) is still a full run: this case times start-up, CI checks the example's validity.
  const validate = wholeProcess(["validate", example, "--today", "2026-11-28"], { runs: 7 });
  const help = wholeProcess(["--help"], { runs: 7, okCodes: [0] });
  const note = (run) => `CPU ${run.cpuMs.toFixed(0)} ms, peak ${run.peakMiB.toFixed(0)} MiB`;
  return [
    {
      name: "relais validate examples/policies/acme-payments.yaml",
      unit: "ms",
      median: validate.ms,
      target: 500,
      note: note(validate),
    },
    { name: "relais --help", unit: "ms", median: help.ms, target: 300, note: note(help) },
  ];
}
