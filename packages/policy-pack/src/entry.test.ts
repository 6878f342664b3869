import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const PACKAGE = join(__dirname, "..");

describe("the pack's entry", () => {
  it("importing the library loads neither @pulumi/policy nor a PolicyPack", () => {
    // The built library, in a fresh process: what a program or the CLI gets from `require("@relais/policy-pack")`.
    const script = `require(${JSON.stringify(join(PACKAGE, "dist", "index.js"))});
      const loaded = Object.keys(require.cache).filter((file) => /[\\\\/]@pulumi[\\\\/]policy[\\\\/]/.test(file));
      process.stdout.write(JSON.stringify(loaded));`;
    const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  it("pulumi preview --policy-pack <pack> runs the program that builds the pack from every rule", () => {
    expect(readFileSync(join(PACKAGE, "pack", "PulumiPolicy.yaml"), "utf8")).toContain("runtime: nodejs");
    expect(readFileSync(join(PACKAGE, "pack", "index.js"), "utf8")).toContain('require("../dist/pack.js")');
    const source = readFileSync(join(PACKAGE, "src", "pack.ts"), "utf8");
    expect(source).toMatch(/new PolicyPack\("relais", \{[\s\S]*policies: \[\.\.\.packRules\]/);
  });
});
