import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "@relais/test-support";
import { relaisProcess } from "./support/cli-process";

/**
 * Smoke tests of `relais` as a real process: what in-process runs (`runMain`) cannot show. The launcher starts,
 * its exit status is the command's, and standard output carries only the command's output.
 */
const POLICY = join(REPO_ROOT, "examples", "policies", "acme-payments.yaml");

describe("relais as a process", () => {
  it("prints its version through the launcher and exits 0", async () => {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, "packages", "cli", "package.json"), "utf8"));
    await expect(relaisProcess(["--version"])).resolves.toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("exits 2 with the help on standard error when given no command", async () => {
    const run = await relaisProcess([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("Usage: relais");
  });

  it("exits 1 on a policy with errors and 2 on unreadable input, without a stack trace", async () => {
    const invalid = await relaisProcess(["validate", "-", "--today", "2026-11-28"], {
      stdin: readFileSync(POLICY, "utf8").replace("    rto: 15m\n", "    rto: soon\n"),
    });
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toContain("<stdin>:");
    const missing = await relaisProcess(["validate", join(REPO_ROOT, "no-such-policy.yaml")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file");
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it("writes nothing but the command's output to standard output (relais schema > continuity.schema.json)", async () => {
    const run = await relaisProcess(["schema"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(
      JSON.parse(readFileSync(join(REPO_ROOT, "packages", "policy", "schema.json"), "utf8")),
    );
  });

  it("runs the README's first command: the evacuation rehearsal of the bundled program recovers (exit 0)", async () => {
    const run = await relaisProcess([
      "preview",
      "examples/hybrid-headquarters",
      "--evacuate",
      "dc-velizy",
      "--today",
      "2026-11-28",
      "--no-color",
    ]);
    expect(run.stderr).not.toContain("error");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("dc-velizy");
  }, 120_000);
});
