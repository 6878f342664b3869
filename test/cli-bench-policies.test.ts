import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "@relais/test-support";

/** Validates the benchmark generator's policy at each size with the built packages, in a child (the generator is ESM). */
function errorsAt(sizes: readonly number[]): Record<string, string[]> {
  const script = `
    import { createRequire } from "node:module";
    import { generatePolicyYaml } from ${JSON.stringify(join(REPO_ROOT, "bench", "generate-policy.mjs"))};
    const require = createRequire(import.meta.url);
    const { validatePolicy } = require(${JSON.stringify(join(REPO_ROOT, "packages", "policy", "dist", "index.js"))});
    const { validationRules } = require(${JSON.stringify(join(REPO_ROOT, "packages", "simulate", "dist", "index.js"))});
    const errors = {};
    for (const services of ${JSON.stringify(sizes)}) {
      const text = generatePolicyYaml({ services, sites: 40, suppliers: 100 });
      errors[services] = validatePolicy(text, { today: "2026-11-28", rules: validationRules }).findings
        .filter((finding) => finding.severity === "error").map((finding) => finding.path + ": " + finding.message);
    }
    console.log(JSON.stringify(errors));`;
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

describe("the benchmark generator", () => {
  it("makes a valid policy at every size, 250 services included", () => {
    const sizes = [20, 100, 250, 251, 500, 1000];
    expect(errorsAt(sizes)).toEqual(Object.fromEntries(sizes.map((size) => [String(size), []])));
  });
});
