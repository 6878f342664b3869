import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { examplePolicyText, REPO_ROOT } from "@relais/test-support";
import { runMain } from "./support/cli-in-process";
import { scratchDirectory } from "./support/scratch";

const scratch = scratchDirectory("hostile");
const variant = scratch.exampleVariant;

describe("durations and timers too large to hold", () => {
  it("reports reviewEvery: P99999999D as a schema error at its place", async () => {
    const file = variant("huge.yaml", "reviewEvery: 180d", "reviewEvery: P99999999D");
    const { code, stdout, stderr } = await runMain(["validate", file, "--today", "2026-11-28"]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(stdout).toMatch(/huge\.yaml:\d+:16 {2}metadata\.reviewEvery {2}"P99999999D" is longer than 100 years/);
  });

  it.each(["30d", "25d"])("refuses --timeout %s, which a timer cannot hold", async (timeout) => {
    const { code, stderr } = await runMain(["check", "manifest.json", "--timeout", timeout]);
    expect(code).toBe(2);
    expect(stderr).toContain(`--timeout ${timeout} is longer than a timer can wait (24 days)`);
  });
});

describe("standard input", () => {
  it("is refused as soon as it passes 4 MiB, without reading the rest", async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 64 * 1024;
        this.push(Buffer.alloc(64 * 1024, "a"));
      },
    });
    const { code, stderr } = await runMain(["validate", "-"], { stdin: endless });
    expect(code).toBe(2);
    expect(stderr).toContain("standard input holds more than 4 MiB");
    expect(produced).toBeLessThan(8 * 1024 * 1024);
  });

  it("is read by validate -", async () => {
    const { code, stdout } = await runMain(["validate", "-", "--today", "2026-11-28"], { stdin: examplePolicyText() });
    expect(code).toBe(0);
    expect(stdout).toContain("acme-payments is valid");
  });

  it("is read by check - (pulumi stack output relais --json | relais check -)", async () => {
    const invalid = readFileSync(join(REPO_ROOT, "test", "fixtures", "check", "invalid.manifest.json"));
    const { code, stderr } = await runMain(["check", "-"], { stdin: invalid });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: standard input /);
  });

  it("locates findings of standard input as <stdin>:line:column", async () => {
    const text = examplePolicyText().replace("    rto: 15m\n", "    rto: soon\n");
    const { code, stdout } = await runMain(["validate", "-"], { stdin: text });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^<stdin>:\d+:\d+ {2}tiers\.critical\.rto/m);
  });
});

describe("a declared scenario that takes a generated id", () => {
  it("is a duplicate-id error, so preview --all does not silently lose the generated loss", async () => {
    const file = variant(
      "generated-id.yaml",
      "  - { id: gov-zone-a-loss,",
      '  - { id: "site-loss:gov-b", kind: site-loss, sites: [gov-a] }\n  - { id: gov-zone-a-loss,',
    );
    const validate = await runMain(["validate", file, "--today", "2026-11-28", "--format", "json"]);
    expect(validate.code).toBe(1);
    expect(JSON.parse(validate.stdout).findings).toContainEqual(
      expect.objectContaining({ code: "duplicate-id", message: expect.stringContaining("the loss of site gov-b") }),
    );
    const preview = await runMain(["preview", file, "--all", "--today", "2026-11-28"]);
    expect(preview.code).toBe(2);
    expect(preview.stderr).toContain("duplicate-id");
  });
});
