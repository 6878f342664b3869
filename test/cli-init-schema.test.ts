import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "@relais/test-support";
import { runMain } from "./support/cli-in-process";

function relais(args: string[]) {
  return runMain(args, { env: { NO_COLOR: "1" } });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "relais-cli-init-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("relais init", () => {
  it("writes a commented starter policy that validates, dated --today", async () => {
    const target = join(dir, "new", "project");
    const { code, stdout } = await relais(["init", target, "--today", "2026-11-28"]);
    expect(code).toBe(0);
    const file = join(target, "continuity.yaml");
    expect(stdout).toContain(`wrote ${file}`);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("# A starter continuity policy.");
    expect(text).toContain("reviewedOn: 2026-11-28");
    const validate = await relais(["validate", file, "--format", "json", "--today", "2026-11-28"]);
    expect(validate.code).toBe(0);
    expect(JSON.parse(validate.stdout)).toMatchObject({ valid: true, policy: "my-company" });
  });

  it("refuses to overwrite an existing policy, with exit 2, leaving it untouched", async () => {
    const target = join(dir, "existing");
    expect((await relais(["init", target])).code).toBe(0);
    const file = join(target, "continuity.yaml");
    writeFileSync(file, "# mine\n");
    const { code, stderr } = await relais(["init", target]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${file} already exists; relais init never overwrites a policy`);
    expect(readFileSync(file, "utf8")).toBe("# mine\n");
  });

  it("refuses a file in place of a directory", async () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "");
    const { code, stderr } = await relais(["init", file]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${file} is a file, not a directory`);
  });

  it("answers --help", async () => {
    const { code, stdout } = await relais(["init", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: relais init [options] [dir]");
  });
});

describe("relais schema", () => {
  it("prints the JSON Schema, the same as the one shipped in @relais/policy", async () => {
    const { code, stdout } = await relais(["schema"]);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.title).toBe("Relais continuity policy (relais/v1)");
    expect(schema.properties.services.additionalProperties.required).toEqual(
      expect.arrayContaining(["tier", "strategy", "sites", "capacity", "traffic", "data"]),
    );
    expect(schema).toEqual(JSON.parse(readFileSync(join(REPO_ROOT, "packages", "policy", "schema.json"), "utf8")));
  });

  it("writes --out and refuses other formats", async () => {
    const out = join(dir, "schema.json");
    expect((await relais(["schema", "--out", out])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).$id).toBe("https://relais.dev/schema/continuity-policy-v1.json");
    expect((await relais(["schema", "--format", "text"])).code).toBe(2);
  });

  it("answers --help", async () => {
    const { code, stdout } = await relais(["schema", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: relais schema");
  });
});
