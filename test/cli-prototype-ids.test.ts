import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { examplePolicyText } from "@relais/test-support";
import { runMain } from "./support/cli-in-process";
import { scratchDirectory } from "./support/scratch";

const scratch = scratchDirectory("prototype-ids");
const variant = scratch.exampleVariant;

describe("ids that name Object.prototype members are ids like any other", () => {
  it.each([
    ["an undeclared site constructor", "sites: [gov-a, gov-b]", "sites: [gov-a, constructor]", 'site "constructor"'],
    ["an undeclared tier constructor", "tier: critical", "tier: constructor", 'tier "constructor"'],
    ["an undeclared dependency constructor", "dependsOn:", "dependsOn:\n      - constructor", '"constructor"'],
  ])("validate reports %s as an unknown reference, never a crash", async (_, from, to, named) => {
    const file = variant(`${from.length}-${to.length}.yaml`, from, to);
    const { code, stdout, stderr } = await runMain(["validate", file, "--today", "2026-11-28", "--format", "json"]);
    expect(stderr).not.toContain("internal error");
    expect(code).toBe(1);
    const findings = JSON.parse(stdout).findings as Array<{ code: string; message: string }>;
    expect(findings).toContainEqual(
      expect.objectContaining({ code: "unknown-reference", message: expect.stringContaining(named) }),
    );
    // No rule printed a value of Object.prototype ("rto undefined", "function Object()").
    expect(stdout).not.toMatch(/undefined|function Object/);
  });

  it.each([
    ["--site", "constructor"],
    ["--site", "__proto__"],
    ["--scenario", "constructor"],
    ["--scenario", "toString"],
    ["--explain", "constructor"],
  ])("preview %s %s is a usage error naming the id", async (flag, id) => {
    const policy = join(scratch.dir, "example.yaml");
    writeFileSync(policy, examplePolicyText());
    const { code, stderr } = await runMain(["preview", policy, flag, id, "--today", "2026-11-28"]);
    expect(code).toBe(2);
    expect(stderr).toContain(id);
    expect(stderr).not.toContain("internal error");
  });
});
