import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { examplePolicyText } from "@relais/test-support";
import fc from "fast-check";
import { parse, stringify } from "yaml";
import { runMain } from "./support/cli-in-process";

/**
 * Every command that reads a file, fed random bytes, random YAML and mutated valid policies, answers with exit 0, 1
 * or 2 and a message: never an internal error.
 */

let dir: string;
let run = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "relais-property-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(content: string | Uint8Array): string {
  const file = join(dir, `input-${run++}.yaml`);
  writeFileSync(file, content);
  return file;
}

const example = parse(examplePolicyText()) as Record<string, unknown>;
const EXAMPLE_FILE = () => write(examplePolicyText());

/** Every path to a value inside the example policy. */
function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== "object") return [prefix];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
}

/** The example with the value at one path replaced (or removed when `value` is undefined). */
function mutated(path: ReadonlyArray<string | number>, value: unknown): string {
  const copy = structuredClone(example) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
  return stringify(copy);
}

const randomBytes = fc.uint8Array({ maxLength: 300 }).map((bytes) => write(bytes));
const randomYaml = fc
  .oneof(fc.anything({ maxDepth: 3 }), fc.string({ maxLength: 200 }))
  .map((value) => write(typeof value === "string" ? value : stringify(value ?? null)));
const mutatedPolicy = fc
  .tuple(
    fc.constantFrom(...pathsOf(example).filter((path) => path.length > 0)),
    fc.oneof(
      fc.constant(undefined),
      fc.string({ maxLength: 12 }),
      fc.constantFrom("constructor", "__proto__", "toString", "P99999999D", "\u001b[2J", "<script>", "-1", "1e309"),
      fc.anything({ maxDepth: 2 }),
    ),
  )
  .map(([path, value]) => write(mutated(path, value)));
const anyInput = fc.oneof(randomBytes, randomYaml, mutatedPolicy);

async function expectAnswered(argv: string[]): Promise<void> {
  const { code, stderr } = await runMain(argv);
  if (![0, 1, 2].includes(code) || stderr.includes("internal error")) {
    throw new Error(`relais ${argv.join(" ")} → exit ${code}\n${stderr}`);
  }
}

const TODAY = ["--today", "2026-11-28"];
const settings = { numRuns: 60 };

describe("every command that reads a file answers hostile input with exit 0, 1 or 2", () => {
  it("validate (table and json)", async () => {
    await fc.assert(
      fc.asyncProperty(anyInput, fc.boolean(), async (file, json) => {
        await expectAnswered(["validate", file, ...TODAY, ...(json ? ["--format", "json"] : [])]);
      }),
      settings,
    );
  });

  it("preview (table, json and md)", async () => {
    await fc.assert(
      fc.asyncProperty(anyInput, fc.constantFrom("table", "json", "md"), async (file, format) => {
        await expectAnswered(["preview", file, "--all", "--format", format, ...TODAY]);
      }),
      settings,
    );
  });

  it("docs", async () => {
    await fc.assert(
      fc.asyncProperty(anyInput, async (file) => {
        await expectAnswered(["docs", file, ...TODAY, "--out", join(dir, "plan.md"), "--quiet"]);
      }),
      { numRuns: 30 },
    );
  });

  it("diff, on either side", async () => {
    await fc.assert(
      fc.asyncProperty(anyInput, fc.boolean(), async (file, first) => {
        const other = EXAMPLE_FILE();
        await expectAnswered(["diff", ...(first ? [file, other] : [other, file])]);
      }),
      settings,
    );
  });

  it("register", async () => {
    await fc.assert(
      fc.asyncProperty(anyInput, async (file) => {
        await expectAnswered(["register", file, "--out", join(dir, "register")]);
      }),
      { numRuns: 30 },
    );
  });

  it("check, given a manifest that is not one", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(randomBytes, randomYaml), async (file) => {
        await expectAnswered(["check", file, "--timeout", "5s"]);
      }),
      settings,
    );
  });
});
