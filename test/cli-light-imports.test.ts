import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "@relais/test-support";
import { relaisProcess } from "./support/cli-process";

const PRELOAD = join(REPO_ROOT, "test", "fixtures", "record-loaded-modules.js");
const POLICY = join(REPO_ROOT, "examples", "policies", "acme-payments.yaml");

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "relais-imports-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the built CLI as a process of its own (a fresh module cache) and returns the module files it loaded. */
async function loadedModules(args: string[]): Promise<string[]> {
  const out = join(scratch, `${args[0]}-${Math.random().toString(36).slice(2)}.txt`);
  const run = await relaisProcess(args, {
    nodeArgs: ["--require", PRELOAD],
    env: { RELAIS_LOADED_MODULES_OUT: out, NO_COLOR: "1" },
  });
  expect(run.code === 0 || run.code === 1).toBe(true);
  return readFileSync(out, "utf8").split("\n");
}

const HEAVY = /[\\/]node_modules[\\/](@pulumi|@aws-sdk|@smithy|elkjs|playwright-core)[\\/]/;

describe("commands that need neither Pulumi nor the AWS SDK do not load them", () => {
  it.each([
    [["validate", POLICY, "--today", "2026-11-28"]],
    [["preview", POLICY, "--all", "--today", "2026-11-28"]],
    [["diff", POLICY, POLICY]],
    [["docs", POLICY, "--today", "2026-11-28"]],
    [["schema"]],
  ])("relais %j", async (args) => {
    const heavy = (await loadedModules(args)).filter((file) => HEAVY.test(file));
    expect(heavy).toEqual([]);
  });

  it("relais --help loads neither the policy schemas nor Zod", async () => {
    const loaded = await loadedModules(["--help"]);
    expect(
      loaded.filter((file) => /[\\/](zod|yaml|js-yaml)[\\/]|[\\/]packages[\\/](policy|simulate)[\\/]/.test(file)),
    ).toEqual([]);
  });
});

describe("zod's message locales", () => {
  it("are not loaded by relais validate, but English", async () => {
    const locales = (await loadedModules(["validate", POLICY, "--today", "2026-11-28"])).filter((file) =>
      /[\\/]zod[\\/]v4[\\/]locales[\\/](?!index\.cjs$)/.test(file),
    );
    expect(locales.map((file) => file.split(/[\\/]/).pop())).toEqual(["en.cjs"]);
  });
});
