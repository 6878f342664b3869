import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { examplePolicyText, REPO_ROOT } from "@relais/test-support";
import { runMain } from "./support/cli-in-process";
import { relaisProcess } from "./support/cli-process";
import { scratchDirectory } from "./support/scratch";

const scratch = scratchDirectory("new-user");
let policy: string;
beforeAll(() => {
  policy = scratch.write("continuity.yaml", examplePolicyText());
});

describe("relais as a new user meets it", () => {
  it("prints the help and exits 2 with no arguments", async () => {
    const { code, stdout, stderr } = await runMain([]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Usage: relais");
    expect(stderr).toContain("validate");
  });

  it("ships a relais binary users run directly, linked by the install", async () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, "packages", "cli", "package.json"), "utf8"));
    // The bin is a committed file, so the install can link it before the build has written dist/.
    const bin = join(REPO_ROOT, "packages", "cli", manifest.bin.relais);
    expect(readFileSync(bin, "utf8")).toMatch(/^#!\/usr\/bin\/env node\n/);
    const linked = await relaisProcess([], {
      command: [join(REPO_ROOT, "node_modules", ".bin", "relais"), "--version"],
    });
    expect(linked.code).toBe(0);
    expect(linked.stdout.trim()).toBe(manifest.version);
  });

  it("calls the text format table everywhere, and takes text as its alias", async () => {
    const table = await runMain(["validate", policy, "--format", "table", "--today", "2026-11-28"]);
    const text = await runMain(["validate", policy, "--format", "text", "--today", "2026-11-28"]);
    expect(table.code).toBe(0);
    expect(text.stdout).toBe(table.stdout);
    expect((await runMain(["diff", policy, policy, "--format", "table"])).code).toBe(0);
  });

  it("validates a directory's continuity.yaml, as preview and docs do", async () => {
    const { code, stdout } = await runMain(["validate", scratch.dir, "--today", "2026-11-28"]);
    expect(code).toBe(0);
    expect(stdout).toContain("acme-payments is valid");
  });

  it("refuses docs --out plan.pdf instead of writing Markdown into it", async () => {
    const { code, stderr } = await runMain(["docs", policy, "--out", join(scratch.dir, "plan.pdf")]);
    expect(code).toBe(2);
    expect(stderr).toContain("relais docs writes Markdown (.md) or HTML (.html), not .pdf");
    expect(stderr).toContain("print it to PDF from a browser");
  });

  it("writes init's policy where --out says", async () => {
    const out = join(scratch.dir, "starter", "policy.yaml");
    const { code } = await runMain(["init", "--out", out, "--today", "2026-11-28", "--quiet"]);
    expect(code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("apiVersion: relais/v1");
  });
});

describe("--format json always prints JSON on standard output, with schemaVersion", () => {
  it("for an unreadable file", async () => {
    const { code, stdout } = await runMain(["validate", join(scratch.dir, "missing.yaml"), "--format", "json"]);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({
      schemaVersion: 1,
      error: { message: expect.stringContaining("missing.yaml: no such file"), hint: null },
    });
  });

  it("for an invalid policy given to preview, its findings included", async () => {
    const invalid = join(scratch.dir, "invalid.yaml");
    writeFileSync(invalid, examplePolicyText().replace("tier: critical", "tier: nope"));
    const { code, stdout } = await runMain(["preview", invalid, "--format", "json", "--today", "2026-11-28"]);
    expect(code).toBe(2);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ schemaVersion: 1, policy: null, valid: false, scenarios: [] });
    expect(json.findings).toContainEqual(
      expect.objectContaining({ code: "unknown-reference", line: expect.any(Number) }),
    );
  });

  it("for a bad flag", async () => {
    const { code, stdout } = await runMain(["preview", policy, "--format", "json", "--today", "yesterday"]);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).error.message).toContain("--today yesterday is not a date");
  });

  it("with the policy's warnings inside a preview, even with --quiet", async () => {
    const { stdout } = await runMain(["preview", policy, "--format", "json", "--quiet", "--today", "2026-11-28"]);
    const json = JSON.parse(stdout);
    expect(json.schemaVersion).toBe(1);
    expect(json.findings.length).toBeGreaterThan(0);
  });
});

describe("colour", () => {
  it("is off with TERM=dumb, even on a terminal", async () => {
    const { useColor } = await import("../packages/cli/src/output");
    const saved = { TERM: process.env.TERM, NO_COLOR: process.env.NO_COLOR, FORCE_COLOR: process.env.FORCE_COLOR };
    try {
      process.env.NO_COLOR = "";
      delete process.env.FORCE_COLOR;
      const terminal = { isTTY: true } as NodeJS.WriteStream;
      process.env.TERM = "xterm-256color";
      expect(useColor({}, terminal)).toBe(true);
      process.env.TERM = "dumb";
      expect(useColor({}, terminal)).toBe(false);
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});
