// Cold start of the CLI: `relais validate` on the example (≤ 0.5 s wall) and `relais --help` (≤ 0.3 s).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { medianCommandMs } from "../measure.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bin = join(root, "packages", "cli", "dist", "bin.js");

export default async function () {
  const example = join(root, "examples", "policies", "acme-payments.yaml");
  return [
    {
      name: "relais validate examples/policies/acme-payments.yaml",
      unit: "ms",
      // Exit 1 (errors found) is still a full run: this case times start-up, CI checks the example's validity.
      median: medianCommandMs(process.execPath, [bin, "validate", example, "--today", "2026-11-28"], {
        okCodes: [0, 1],
      }),
      target: 500,
    },
    { name: "relais --help", unit: "ms", median: medianCommandMs(process.execPath, [bin, "--help"]), target: 300 },
  ];
}
