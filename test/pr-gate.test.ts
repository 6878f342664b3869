import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "@relais/test-support";
import { parse } from "yaml";

/**
 * The pull-request gate of docs/pr-gate.md, run as GitHub would run it: its workflow's `run` steps and its
 * annotation script, taken from the page itself, on a fixture repository whose branch loosens the policy of `main`.
 */
const PAGE = readFileSync(join(REPO_ROOT, "docs", "pr-gate.md"), "utf8");
const BIN = join(REPO_ROOT, "packages", "cli", "dist", "bin.js");
const EXAMPLE = join(REPO_ROOT, "examples", "aws-european-sovereign-cloud");
// Under packages/preview so that the fixture's program and script resolve @relais/aws, Pulumi and yaml.
const CACHE = join(REPO_ROOT, "packages", "preview", "node_modules", ".cache");

interface Step {
  id?: string;
  name?: string;
  run?: string;
  uses?: string;
}

function codeBlock(language: string): string {
  const match = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(PAGE);
  if (!match) throw new Error(`docs/pr-gate.md has no ${language} block`);
  return match[1];
}

const workflow = parse(codeBlock("yaml")) as { env: Record<string, string>; jobs: { gate: { steps: Step[] } } };
const steps = workflow.jobs.gate.steps.filter((step) => step.run !== undefined && step.id !== "install");

let repo: string;

function sh(command: string, env: Record<string, string> = {}) {
  const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", command], {
    cwd: repo,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  mkdirSync(CACHE, { recursive: true });
  repo = mkdtempSync(join(CACHE, "relais-pr-gate-"));
  // `relais` on the PATH, as `npm ci` and $GITHUB_PATH make it in the workflow.
  const bin = join(repo, ".bin");
  mkdirSync(bin);
  writeFileSync(join(bin, "relais"), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, "relais"), 0o755);
  mkdirSync(join(repo, ".github"));
  writeFileSync(join(repo, ".github", "relais-annotations.mjs"), codeBlock("js"));
  cpSync(join(EXAMPLE, "continuity.yaml"), join(repo, workflow.env.POLICY));
  const program = join(repo, workflow.env.PROGRAM);
  mkdirSync(program);
  for (const file of ["Pulumi.yaml", "index.ts", "policy-pack-config.json"])
    cpSync(join(EXAMPLE, file), join(program, file));
  writeFileSync(
    join(program, "Pulumi.dev.yaml"),
    readFileSync(join(EXAMPLE, "Pulumi.dev.yaml"), "utf8").replace(
      "relais:policy: continuity.yaml",
      `relais:policy: ../${workflow.env.POLICY}`,
    ),
  );
  writeFileSync(join(repo, ".gitignore"), ".bin/\n*.json\n!infra/*.json\nbase-policy.yaml\nprogram-preview.txt\n");
  const git = "git -c user.name=ci -c user.email=ci@example.com";
  // main, then a pull request that raises the critical tier's RTO (a loosened policy).
  expect(
    sh(
      `git init -q -b main && ${git} add -A && ${git} commit -qm "Policy" && git update-ref refs/remotes/origin/main main`,
    ).code,
  ).toBe(0);
  const policy = join(repo, workflow.env.POLICY);
  writeFileSync(policy, readFileSync(policy, "utf8").replace("    rto: 15m\n", "    rto: 30m\n"));
  expect(sh(`git switch -q -c raise-rto && ${git} commit -qam "Raise the portal's RTO"`).code).toBe(0);
}, 60_000);

afterAll(() => rmSync(repo, { recursive: true, force: true }));

function runStep(name: string) {
  const step = steps.find((candidate) => candidate.name === name);
  if (!step?.run) throw new Error(`the workflow has no step ${name}`);
  const env = { ...workflow.env, GITHUB_BASE_REF: "main", PATH: `${join(repo, ".bin")}:${process.env.PATH}` };
  return sh(step.run, env);
}

describe("the pull-request gate of docs/pr-gate.md", () => {
  it("runs four steps after the install", () => {
    expect(steps.map((step) => step.name)).toEqual([
      "relais validate",
      "relais diff against the base branch",
      "relais preview --all",
      "policy pack",
    ]);
  });

  it("passes validation of the pull request's policy", () => {
    const { code, stdout } = runStep("relais validate");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^::warning file=continuity\.yaml,line=\d+,col=\d+::/m);
  });

  it("fails the diff against main, annotating the loosened line", () => {
    const { code, stdout } = runStep("relais diff against the base branch");
    expect(code).toBe(1);
    const lines = readFileSync(join(repo, workflow.env.POLICY), "utf8").split("\n");
    const line = lines.indexOf("    rto: 30m") + 1;
    expect(line).toBeGreaterThan(0);
    expect(stdout).toContain(
      `::error file=continuity.yaml,line=${line},col=10::tiers.critical.rto: RTO raised from 15m to 30m [loosened]`,
    );
  }, 60_000);

  it("runs the whole matrix (a degraded scenario is not a failure; broken input would be)", () => {
    expect(runStep("relais preview --all").code).toBe(0);
  }, 60_000);

  it("passes the policy pack on the program, listing its acknowledged risks as warnings", () => {
    const { code, stdout } = runStep("policy pack");
    expect(stdout).toContain(
      "::warning file=infra/index.ts,title=urn:pulumi:dev::aws-european-sovereign-cloud::pulumi:pulumi:Stack$relais:aws:ContinuityPlan::rhein-gk::relais-acknowledged-risks: acknowledged: site eusc-a lacks backupCopy",
    );
    expect(stdout).not.toContain("::error");
    expect(code).toBe(0);
  }, 120_000);

  it("fails the policy pack step on a mandatory violation, annotated as an error", () => {
    const violations = join(REPO_ROOT, "packages", "preview", "src", "testing", "programs", "gate-violations");
    const step = steps.find((candidate) => candidate.name === "policy pack")!.run!;
    const { code, stdout } = sh(step, {
      ...workflow.env,
      PROGRAM: violations,
      PATH: `${join(repo, ".bin")}:${process.env.PATH}`,
    });
    expect(code).toBe(1);
    expect(stdout).toContain(
      `::error file=${violations}/index.ts,title=urn:pulumi:dev::gate-violations::pulumi:pulumi:Stack$aws:route53/record:Record::api-record::relais-failover-record-health-check: failover record api-record (PRIMARY) has no health check`,
    );
  }, 120_000);
});
