import { spawnSync } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validatePolicy } from "@relais/policy";
import { runPreview, scenarioMatrix, validationRules } from "@relais/simulate";
import { examplePolicyText } from "@relais/test-support";
import { jsonDocument } from "../packages/cli/src/json-output";
import { runMain } from "./support/cli-in-process";
import { BIN } from "./support/cli-process";
import { scratchDirectory } from "./support/scratch";

const TODAY = "2026-11-28";
const scratch = scratchDirectory("json-stream");
let file: string;
beforeAll(() => {
  file = scratch.write("continuity.yaml", examplePolicyText());
});

/** The preview JSON as one whole document: what the streamed output must equal byte for byte. */
function wholeDocument(select: "all" | "declared"): string {
  const { policy, findings } = validatePolicy(examplePolicyText(), { today: TODAY, rules: validationRules });
  if (!policy) throw new Error("the example policy is invalid");
  const preview = runPreview(policy, select === "all" ? scenarioMatrix(policy) : policy.scenarios);
  return `${jsonDocument({ policy: preview.policy, findings, scenarios: preview.scenarios, summary: preview.summary })}\n`;
}

describe("preview --format json, streamed scenario by scenario", () => {
  it("prints --all byte for byte as the whole document would be", async () => {
    const { code, stdout } = await runMain(["preview", file, "--all", "--format", "json", "--today", TODAY]);
    expect(code).toBe(1);
    expect(stdout).toBe(wholeDocument("all"));
  });

  it("prints the declared scenarios byte for byte too, and the same bytes into --out", async () => {
    const { stdout } = await runMain(["preview", file, "--format", "json", "--today", TODAY]);
    expect(stdout).toBe(wholeDocument("declared"));
    const out = join(scratch.dir, "preview.json");
    await runMain(["preview", file, "--format", "json", "--today", TODAY, "--out", out, "--quiet"]);
    expect(readFileSync(out, "utf8")).toBe(stdout);
  });

  it("--compact lists the services a scenario leaves unaffected by id only", async () => {
    const full = JSON.parse((await runMain(["preview", file, "--all", "--format", "json", "--today", TODAY])).stdout);
    const { stdout } = await runMain(["preview", file, "--all", "--format", "json", "--compact", "--today", TODAY]);
    const compact = JSON.parse(stdout);
    expect(compact.summary).toEqual(full.summary);
    full.scenarios.forEach((scenario: { services: Array<{ id: string; status: string }> }, index: number) => {
      const shortened = compact.scenarios[index];
      expect(Object.keys(shortened)).toEqual([
        "id",
        "kind",
        "lost",
        "services",
        "unaffected",
        "commitments",
        "findings",
        "runbook",
      ]);
      expect(shortened.services).toEqual(scenario.services.filter((service) => service.status !== "unaffected"));
      expect(shortened.unaffected).toEqual(
        scenario.services.filter((service) => service.status === "unaffected").map((service) => service.id),
      );
    });
    expect(compact.scenarios.some((scenario: { unaffected: string[] }) => scenario.unaffected.length > 0)).toBe(true);
  });

  it("refuses --compact without --format json", async () => {
    const { code, stderr } = await runMain(["preview", file, "--compact"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--compact shortens the JSON output");
  });

  it("writes the same bytes into a file standard output is redirected to (> preview.json), as the relais executable", () => {
    const redirected = join(scratch.dir, "redirected.json");
    const descriptor = openSync(redirected, "w");
    try {
      const child = spawnSync(process.execPath, [BIN, "preview", file, "--all", "--format", "json", "--today", TODAY], {
        stdio: ["ignore", descriptor, "pipe"],
        env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined },
      });
      expect(child.status).toBe(1);
    } finally {
      closeSync(descriptor);
    }
    expect(readFileSync(redirected, "utf8")).toBe(wholeDocument("all"));
  });
});
