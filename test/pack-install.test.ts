// Every package as a user gets it: `pnpm pack` of each, the tarballs installed with npm into an empty project outside
// the workspace (external dependencies from the npm registry), then the README examples type-checked against the
// installed packages with the workspace's TypeScript and run. Slow (an npm install): see docs/publishing.md.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { REPO_ROOT } from "@relais/test-support";

const TODAY = "2026-11-28";
// Each test starts Node.js processes (a Pulumi program, the CLI, tsc): generous on a loaded 2-core machine.
jest.setTimeout(120_000);
const PNPM = ["-y", "pnpm@10.34.9"];
const PACKAGES = readdirSync(join(REPO_ROOT, "packages")).sort();
const WORK = mkdtempSync(join(tmpdir(), "relais-pack-install-"));
const PROJECT = join(WORK, "project");

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: readonly string[], cwd = PROJECT): Run {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function succeed(command: string, args: readonly string[], cwd = PROJECT): string {
  const result = run(command, args, cwd);
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** The TypeScript blocks of a package's README, in order: the first is the example the package is for. */
function readmeExamples(dir: string): string[] {
  const readme = readFileSync(join(REPO_ROOT, "packages", dir, "README.md"), "utf8");
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]);
}

/** Runs a compiled README example with node in the project directory. */
const runExample = (dir: string) => run(process.execPath, [join("out", `${dir}-0.js`)]);

function manifestOf(dir: string) {
  return JSON.parse(readFileSync(join(PROJECT, "node_modules", "@relais", dir, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Bare module names a file imports or requires (`@scope/name` or `name`, subpaths cut off). */
function importedPackages(text: string): string[] {
  const name = /(?:@[a-z0-9-~][\w.~-]*\/)?[a-z0-9-~][\w.~-]*(?:\/[\w.~-]+)*/.source;
  const pattern = new RegExp(`(?:\\brequire\\(|\\bimport\\(|\\bfrom )"(${name})"`, "g");
  const specifiers = [...text.matchAll(pattern)].map((match) => match[1]);
  return specifiers.map((specifier) =>
    specifier
      .split("/")
      .slice(0, specifier.startsWith("@") ? 2 : 1)
      .join("/"),
  );
}

const tarballs: string[] = [];
let typeCheck: Run;

beforeAll(() => {
  const packed = join(WORK, "tarballs");
  mkdirSync(packed);
  // One recursive pack: an `npx pnpm` start per package would cost about 10 s each.
  succeed("npx", [...PNPM, "-r", "--filter", "./packages/*", "pack", "--pack-destination", packed], REPO_ROOT);
  tarballs.push(...readdirSync(packed).map((file) => join(packed, file)));

  mkdirSync(PROJECT);
  writeFileSync(
    join(PROJECT, "package.json"),
    JSON.stringify({ name: "relais-user", version: "1.0.0", private: true }),
  );
  succeed("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", ...tarballs]);

  // What the examples read: a policy, a manifest as the components record it, and a Pulumi program built on
  // @relais/aws (the aws README's example) with that policy.
  const policy = join(REPO_ROOT, "examples", "hybrid-headquarters", "continuity.yaml");
  copyFileSync(policy, join(PROJECT, "continuity.yaml"));
  copyFileSync(
    join(REPO_ROOT, "test", "fixtures", "check", "acme-payments.manifest.json"),
    join(PROJECT, "relais.manifest.json"),
  );
  const program = join(PROJECT, "program");
  mkdirSync(program);
  copyFileSync(policy, join(program, "continuity.yaml"));
  writeFileSync(join(program, "Pulumi.yaml"), "name: hq\nruntime: nodejs\n");
  writeFileSync(join(program, "index.ts"), readmeExamples("aws")[0]);

  // Every README's TypeScript, compiled by the workspace's tsc against the installed packages (exports maps as
  // Node resolves them), with checks that the public types did not degrade to `any`.
  mkdirSync(join(PROJECT, "src"));
  for (const dir of PACKAGES.filter((name) => name !== "cli")) {
    for (const [index, code] of readmeExamples(dir).entries()) {
      writeFileSync(join(PROJECT, "src", `${dir}-${index}.ts`), code);
    }
  }
  writeFileSync(join(PROJECT, "src", "public-types.ts"), PUBLIC_TYPES);
  writeFileSync(
    join(PROJECT, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: "ES2022",
        module: "node16",
        moduleResolution: "node16",
        skipLibCheck: true,
        outDir: "out",
        rootDir: "src",
        typeRoots: [join(REPO_ROOT, "node_modules", "@types")],
        types: ["node"],
      },
      include: ["src"],
    }),
  );
  typeCheck = run(process.execPath, [require.resolve("typescript/bin/tsc", { paths: [REPO_ROOT] }), "-p", "."]);
}, 900_000);

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

/** Public types whose loss (an unresolved import in a shipped declaration turns them into `any`) must fail. */
const PUBLIC_TYPES = `
import type { ContinuityPlan } from "@relais/aws";
import type { CheckReport } from "@relais/check";
import type { FailoverReport } from "@relais/failover";
import type { Finding, ValidationResult } from "@relais/policy";
import type { Violation } from "@relais/policy-pack";
import type { ProgramPreview } from "@relais/preview";
import type { PlanOptions } from "@relais/report";
import type { ScenarioResult } from "@relais/simulate";

type IsAny<T> = 0 extends 1 & T ? true : false;
type EachAny<T extends unknown[]> = { [K in keyof T]: IsAny<T[K]> };
type Typed = [ContinuityPlan, CheckReport, FailoverReport, Finding, ValidationResult, Violation, ProgramPreview,
  PlanOptions, ScenarioResult, ContinuityPlan["manifest"], ProgramPreview["capture"]];
export const typed: EachAny<Typed> = [false, false, false, false, false, false, false,
  false, false, false, false];
`;

test("every package packs without tests, test helpers or build info, with its README", () => {
  expect(tarballs.map((file) => relative(join(WORK, "tarballs"), file)).sort()).toEqual(
    PACKAGES.map((dir) => `relais-${dir}-0.1.0.tgz`),
  );
  for (const tarball of tarballs) {
    const entries = succeed("tar", ["-tzf", tarball]).trim().split("\n");
    expect(entries).toContain("package/README.md");
    expect(entries).toContain("package/package.json");
    expect(entries.filter((entry) => /\.test\.|\/testing\/|tsbuildinfo/.test(entry))).toEqual([]);
    const manifest = JSON.parse(succeed("tar", ["-xzOf", tarball, "package/package.json"]));
    expect(JSON.stringify(manifest)).not.toContain("workspace:");
    expect(manifest).toMatchObject({ version: "0.1.0", license: "Apache-2.0", repository: { type: "git" } });
  }
});

test("nothing a package ships imports a module it does not declare", () => {
  const undeclared: string[] = [];
  for (const dir of PACKAGES) {
    const root = join(PROJECT, "node_modules", "@relais", dir);
    const { dependencies = {}, peerDependencies = {} } = manifestOf(dir);
    const allowed = new Set([...Object.keys(dependencies), ...Object.keys(peerDependencies), `@relais/${dir}`]);
    for (const file of filesUnder(join(root, "dist")).filter((name) => /\.(js|d\.ts)$/.test(name))) {
      for (const name of importedPackages(readFileSync(file, "utf8"))) {
        const builtin = name.startsWith("node:") || builtinModules.includes(name);
        if (!builtin && !allowed.has(name)) undeclared.push(`${relative(PROJECT, file)} imports ${name}`);
      }
    }
  }
  expect(undeclared).toEqual([]);
});

test("the exports maps expose each package's entry (and the policy's JSON Schema), never its internals", () => {
  const resolve = (specifier: string) =>
    run(process.execPath, ["-e", `require.resolve(${JSON.stringify(specifier)})`]).stderr;
  for (const dir of PACKAGES.filter((name) => name !== "cli")) expect(resolve(`@relais/${dir}`)).toBe("");
  expect(resolve("@relais/policy/schema.json")).toBe("");
  expect(resolve("@relais/policy/dist/load.js")).toContain("ERR_PACKAGE_PATH_NOT_EXPORTED");
});

test("the README examples type-check against the installed packages", () => {
  expect(typeCheck.stdout).toBe("");
  expect(typeCheck.status).toBe(0);
});

describe("each package's README example runs", () => {
  test("@relais/policy validates the policy", () => {
    const { status, stdout } = runExample("policy");
    expect(status).toBe(0);
    expect(stdout).toContain("warning remote-duration-unproven at scenarios[0].duration: scenario hq-inaccessible");
    expect(stdout.endsWith("\nhybrid-headquarters is valid\n")).toBe(true);
  });

  test("@relais/simulate: after losing the datacenter, both services recover at Outscale", () => {
    const { status, stdout } = runExample("simulate");
    expect(status).toBe(0);
    expect(stdout).toContain("customer-portal: recovered, failover site osc-gov-a\n");
    expect(stdout).toContain("billing: recovered, failover site osc-gov-b\n");
    expect(stdout).toMatch(/^\d+ scenarios$/m);
  });

  test("@relais/report writes the plan document and the DORA register", () => {
    const { status, stdout } = runExample("report");
    expect(status).toBe(0);
    expect(stdout.split("\n")[0]).toMatch(/^# .*hybrid-headquarters/i);
    expect(readFileSync(join(PROJECT, "continuity-plan.md"), "utf8")).toContain("customer-portal");
    expect(stdout).toMatch(/^B_05\.01: [1-9]\d* rows$/m);
  });

  test("@relais/check plans the checks of every cloud site of the manifest", () => {
    const { status, stdout } = runExample("check");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^gov-a: zones-available, .*standby-running/m);
  });

  test("@relais/failover plans the steps that make the failover sites serve", () => {
    const { status, stdout } = runExample("failover");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^1\. \S+ at \S+: \S+ \((planned|skipped)\)$/m);
  });

  test("@relais/policy-pack reports an instance without IMDSv2", () => {
    const { status, stdout } = runExample("policy-pack");
    expect(status).toBe(0);
    expect(stdout).toContain("mandatory relais-imdsv2-required: web at site osc-paris: metadata is readable");
  });

  test("@relais/aws deploys billing as a pilot light at Outscale under pulumi.runtime.setMocks", () => {
    writeFileSync(join(PROJECT, "out", "mocks.js"), MOCKS);
    const { status, stdout, stderr } = run(process.execPath, [join("out", "mocks.js"), "./aws-0.js"]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const { resources, manifest } = JSON.parse(stdout);
    expect(resources).toEqual(
      expect.arrayContaining([
        "relais:aws:ContinuityPlan hq",
        "relais:aws:CrisisCell crisis",
        "relais:aws:ExternalWorkload billing-datacenter",
        "relais:aws:FailoverService billing",
        "aws:sns/topic:Topic crisis-topic",
      ]),
    );
    // The pilot light: the instances exist at the standby site, stopped until a failover starts them.
    const states = resources.filter((resource: string) => resource.includes("instanceState:InstanceState"));
    expect(states).toEqual([
      "aws:ec2transitgateway/instanceState:InstanceState billing-osc-gov-b-vm-0-state stopped",
      "aws:ec2transitgateway/instanceState:InstanceState billing-osc-gov-b-vm-1-state stopped",
    ]);
    expect(manifest.services.map((service: { service: string }) => service.service)).toEqual(["billing"]);
  });

  test("@relais/preview runs that program offline and diffs the datacenter's evacuation", () => {
    const { status, stdout } = runExample("preview");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^[1-9]\d* resources$/m);
    // The program deploys billing only: the policy's other service is drift, and the evacuation starts the standby.
    expect(stdout).toContain("drift at services.customer-portal: the policy declares service customer-portal");
    expect(stdout).toContain('billing-osc-gov-b-vm-0-state\n      state: "stopped" → "running"');
  });

  test("@relais/cli: the installed relais validates the policy and previews the program", () => {
    const relais = join(PROJECT, "node_modules", ".bin", "relais");
    expect(run(relais, ["--version"]).stdout).toBe("0.1.0\n");
    expect(run(relais, ["validate", "continuity.yaml", "--today", TODAY])).toMatchObject({ status: 0 });
    const preview = run(relais, ["preview", "program", "--evacuate", "dc-velizy", "--today", TODAY, "--quiet"]);
    expect(preview.status).toBe(0);
    expect(preview.stdout).toContain("Evacuation of dc-velizy (stack dev, offline, mocks): 5 to update");
    expect(preview.stdout).toContain('billing-osc-gov-b-vm-0-state\n      state: "stopped" → "running"');
  });
});

/** Loads the aws README's program under Pulumi's mocks; prints each resource (type, name, state) and the manifest. */
const MOCKS = `
const pulumi = require("@pulumi/pulumi");
const resources = [];
pulumi.runtime.setMocks(
  {
    newResource: (args) => {
      resources.push([args.type, args.name, args.inputs.state].filter(Boolean).join(" "));
      return { id: args.name + "-id", state: args.inputs };
    },
    call: (args) => args.inputs,
  },
  "hq",
  "dev",
  false,
);
const program = require(process.argv[2]);
program.relais.apply((manifest) => {
  console.log(JSON.stringify({ resources: resources.sort(), manifest }));
});
`;
