import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { basePolicy, REPO_ROOT } from "@relais/test-support";
import { stringify } from "yaml";
import { runMain } from "./support/cli-in-process";

const ESCAPE = "\u001b[";

/** Runs the CLI in-process; NO_COLOR and FORCE_COLOR are unset unless the test sets them. */
const relais = (args: string[], env: Record<string, string | undefined> = {}) => runMain(args, { env });

let dir: string;
const write = (name: string, content: string | Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "relais-cli-validate-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function invalidPolicy() {
  const policy = basePolicy();
  policy.services.api.sites = ["site-a", "site-c"];
  policy.crisisCell = { assembleWithin: "30m", roles: [{ role: "director", primary: "Jane" }] };
  return policy;
}

describe("relais validate", () => {
  it("exits 0 on a valid policy and says so in one summary line", async () => {
    const { code, stdout, stderr } = await relais([
      "validate",
      write("valid.yaml", stringify(basePolicy())),
      "--today",
      "2026-11-28",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    // The base policy's Outscale sites are hosted by no declared supplier: hosting-provider-undeclared is the third.
    expect(stdout).toContain("[hosting-provider-undeclared]");
    expect(stdout.trimEnd().split("\n").pop()).toBe("✔ test-policy is valid (3 warnings)");
    expect(stdout).not.toContain(ESCAPE);
  });

  it("prints the documented JSON shape", async () => {
    const { code, stdout } = await relais([
      "validate",
      write("valid.json", JSON.stringify(basePolicy())),
      "--format",
      "json",
      "--today",
      "2026-11-28",
    ]);
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(Object.keys(output)).toEqual(["schemaVersion", "valid", "policy", "findings"]);
    expect(output.schemaVersion).toBe(1);
    expect(output).toMatchObject({ valid: true, policy: "test-policy" });
    for (const finding of output.findings) {
      expect(Object.keys(finding)).toEqual(["code", "severity", "path", "message", "hint", "line", "column"]);
    }
  });

  it("exits 1 with errors, findings sorted by path, each with code, severity, path, message and hint", async () => {
    const { code, stdout } = await relais([
      "validate",
      write("invalid.yaml", stringify(invalidPolicy())),
      "--format",
      "json",
      "--today",
      "2026-11-28",
    ]);
    expect(code).toBe(1);
    const output = JSON.parse(stdout);
    expect(output.valid).toBe(false);
    expect(output.policy).toBe("test-policy");
    expect(output.findings).toContainEqual({
      code: "unknown-reference",
      severity: "error",
      path: "services.api.sites[1]",
      message: 'service api is placed on site "site-c", which is not declared under sites',
      hint: 'did you mean "site-a"? Otherwise declare it under sites',
      line: expect.any(Number),
      column: expect.any(Number),
    });
    const paths = output.findings.map((finding: { path: string }) => finding.path);
    expect(paths).toEqual([...paths].sort());
  });

  it("groups text output by severity, with paths, hints and a summary", async () => {
    const { code, stdout } = await relais([
      "validate",
      write("invalid-text.yaml", stringify(invalidPolicy())),
      "--today",
      "2026-11-28",
    ]);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("1 error");
    // file:line:column first, where the second site of api ("site-c") is written.
    const text = readFileSync(join(dir, "invalid-text.yaml"), "utf8").split("\n");
    const [, file, line, column] = /^(.+):(\d+):(\d+) /.exec(lines[1]) ?? [];
    expect(file).toBe(join(dir, "invalid-text.yaml"));
    expect(text[Number(line) - 1].slice(Number(column) - 1)).toBe("site-c");
    expect(lines[1]).toContain('services.api.sites[1]  service api is placed on site "site-c"');
    expect(lines[1]).toContain("[unknown-reference]");
    expect(lines[2]).toMatch(/^ {4}hint: did you mean "site-a"\?/);
    expect(stdout).toMatch(/\n\d+ warnings?\n/);
    expect(lines.pop()).toMatch(/^✘ test-policy is invalid: 1 error, \d+ warnings?$/);
  });

  it("reports a YAML syntax error by line and column with exit 1", async () => {
    const { code, stdout } = await relais([
      "validate",
      write("broken.yaml", "apiVersion: relais/v1\nkind: [ContinuityPolicy\n"),
      "--format",
      "json",
    ]);
    expect(code).toBe(1);
    const output = JSON.parse(stdout);
    expect(output).toMatchObject({ valid: false, policy: null });
    // Positions are numbers, apart from the path (a data path: the whole document here).
    expect(output.findings[0]).toMatchObject({ code: "syntax", path: "(root)", line: 3, column: 1 });
  });

  it("refuses a bare-number duration, showing the accepted forms", async () => {
    const text = stringify(basePolicy()).replace("rto: 15m", "rto: 15");
    const { code, stdout } = await relais(["validate", write("bare.yaml", text), "--format", "json"]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings[0]).toMatchObject({
      code: "schema",
      path: "tiers.critical.rto",
      message: expect.stringContaining("90s, 15m, 4h, 2d, 1h30m"),
    });
  });

  it.each([
    ["a missing file", () => join(dir, "missing.yaml"), "no such file"],
    ["a directory without a continuity.yaml", () => dir, "holds neither a continuity.yaml"],
    ["a binary file", () => write("binary.yaml", Buffer.from([0x00, 0x01, 0x02])), "is a binary file"],
    [
      "a 10 MB file",
      () => write("huge.yaml", Buffer.alloc(10 * 1024 * 1024, 0x20)),
      "a policy file may be at most 4 MiB",
    ],
  ])("exits 2 on %s with a message and no stack trace", async (_, target, message) => {
    const { code, stdout, stderr } = await relais(["validate", target()]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("error: ");
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    [["validate"], "missing required argument"],
    [["validate", "x.yaml", "--today", "2026-13-45"], "--today 2026-13-45 is not a date"],
    [["validate", "x.yaml", "--format", "html"], "--format html is not supported by this command"],
  ])("exits 2 on a usage error: %j", async (args, message) => {
    if (args[1] === "x.yaml") args[1] = write("x.yaml", stringify(basePolicy()));
    const { code, stderr } = await relais(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it("runs the date rules against --today", async () => {
    const policy = basePolicy();
    policy.metadata = { ...policy.metadata, reviewedOn: "2026-01-01", reviewEvery: "90d" };
    const file = write("dated.yaml", stringify(policy));
    const codes = async (today: string) =>
      JSON.parse((await relais(["validate", file, "--format", "json", "--today", today])).stdout).findings.map(
        (finding: { code: string }) => finding.code,
      );
    expect(await codes("2026-03-01")).not.toContain("review-overdue");
    expect(await codes("2026-11-28")).toContain("review-overdue");
  });

  it("writes the result to --out", async () => {
    const out = join(dir, "reports", "validate.json");
    mkdirSync(join(dir, "reports"), { recursive: true });
    const { code, stderr } = await relais([
      "validate",
      write("out.yaml", stringify(basePolicy())),
      "--format",
      "json",
      "--out",
      out,
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain(`wrote ${out}`);
    expect(JSON.parse(readFileSync(out, "utf8")).valid).toBe(true);
  });

  it("colours only when allowed: FORCE_COLOR yes, NO_COLOR and --no-color never", async () => {
    const file = write("colour.yaml", stringify(invalidPolicy()));
    expect((await relais(["validate", file], { FORCE_COLOR: "1" })).stdout).toContain(ESCAPE);
    expect((await relais(["validate", file], { FORCE_COLOR: "1", NO_COLOR: "1" })).stdout).not.toContain(ESCAPE);
    expect((await relais(["validate", file, "--no-color"], { FORCE_COLOR: "1" })).stdout).not.toContain(ESCAPE);
  });
});

describe("relais --help and --version", () => {
  const commands = async () =>
    (await relais(["--help"])).stdout
      .split("Commands:")[1]
      .split("\n")
      .map((line) => /^ {2}([a-z-]+)/.exec(line)?.[1])
      .filter((name): name is string => name !== undefined && name !== "help");

  it("prints the version of the package", async () => {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, "packages", "cli", "package.json"), "utf8"));
    expect(await relais(["--version"])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it("lists validate, schema and init, and every command answers --help with exit 0", async () => {
    const names = await commands();
    expect(names).toEqual(expect.arrayContaining(["validate", "schema", "init"]));
    for (const name of names) {
      const { code, stdout } = await relais([name, "--help"]);
      expect({ name, code }).toEqual({ name, code: 0 });
      expect(stdout).toContain(`Usage: relais ${name}`);
    }
  });
});
