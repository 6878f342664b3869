import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { basePolicy, REPO_ROOT } from "@relais/test-support";
import { stringify } from "yaml";
import { runMain } from "./support/cli-in-process";

const EXAMPLE = join(REPO_ROOT, "examples", "policies", "acme-payments.yaml");
const ESCAPE = "\u001b[";

/** Runs the CLI in-process, dated 2026-11-28; NO_COLOR and FORCE_COLOR are unset unless the test sets them. */
const relais = (args: string[], env: Record<string, string | undefined> = {}) =>
  runMain([...args, "--today", "2026-11-28"], { env });

let dir: string;
const write = (name: string, content: object | string) => {
  const file = join(dir, name);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, typeof content === "string" ? content : stringify(content));
  return file;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "relais-cli-preview-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MATRIX_IDS = [
  "gov-region-loss",
  "gov-zone-a-loss",
  "hq-inaccessible",
  "outscale-outage",
  "card-network-exit",
  "pandemic-wave",
  "site-loss:gov-b",
  "site-loss:osc-paris",
  "site-loss:eusc-brandenburg",
  "site-loss:dc-velizy",
  "supplier-outage:visa-direct",
  "supplier-outage:threat-intel",
  "supplier-outage:bank-sftp",
];

describe("relais preview on the example policy", () => {
  it("--all --format json: the documented shape, the matrix ids in order, byte-deterministic, exit 1", async () => {
    const first = await relais(["preview", EXAMPLE, "--all", "--format", "json", "--quiet"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(1);
    const json = JSON.parse(first.stdout);
    expect(Object.keys(json)).toEqual(["schemaVersion", "policy", "findings", "scenarios", "summary"]);
    expect(json.policy).toBe("acme-payments");
    expect(json.scenarios.map((scenario: { id: string }) => scenario.id)).toEqual(MATRIX_IDS);
    for (const scenario of json.scenarios) {
      expect(Object.keys(scenario)).toEqual(["id", "kind", "lost", "services", "commitments", "findings", "runbook"]);
      for (const service of scenario.services) {
        expect(Object.keys(service)).toEqual(["id", "status", "activeSites", "failoverSite", "rto", "rpo", "reasons"]);
        expect(Object.keys(service.rto.breakdown)).toEqual([
          "detection",
          "decision",
          "switch",
          "recovery",
          "dependencies",
        ]);
      }
      const times = scenario.runbook.map((step: { at: number }) => step.at);
      expect(times).toEqual([...times].sort((a: number, b: number) => a - b));
    }
    const zoneLoss = json.scenarios[1];
    expect(zoneLoss.services[0]).toEqual({
      id: "payments-api",
      status: "recovered",
      activeSites: ["gov-a"],
      failoverSite: "gov-b",
      rto: {
        estimate: 330,
        target: 900,
        breakdown: { detection: 30, decision: 0, switch: 60, recovery: 240, dependencies: 0 },
      },
      rpo: { estimate: 30, target: 60 },
      reasons: [],
    });
    expect(json.summary).toEqual({ scenarios: 13, down: 6, degraded: 5, recovered: 12, commitmentsBreached: 5 });
    const again = await relais(["preview", EXAMPLE, "--all", "--format", "json"]);
    expect(again.stdout).toBe(first.stdout);
    // The policy's validation warnings are in the JSON, so that automation sees them; standard error stays clean.
    expect(json.findings).toContainEqual(expect.objectContaining({ code: "concentration-risk", severity: "warning" }));
    expect(again.stderr).toBe("");
  });

  it("--all as a table: the matrix, its legend, then only the scenarios that are not all green", async () => {
    const { code, stdout } = await relais(["preview", EXAMPLE, "--all", "--no-color"]);
    expect(code).toBe(1);
    expect(stdout).toContain("Matrix: 6 services × 13 scenarios");
    expect(stdout).toMatch(/^ {2}payments-api +✘ ✔ · ✘ ▲ · ✔ · · · {2}· {2}· {2}·$/m);
    expect(stdout).toMatch(/^ {2}13 +supplier-outage:bank-sftp +supplier-loss$/m);
    expect(stdout).toContain("Details of the 4 scenarios that are not all green");
    const detailed = [...stdout.matchAll(/^━━ (\S+)/gm)].map((match) => match[1]);
    expect(detailed).toEqual(["gov-region-loss", "outscale-outage", "card-network-exit", "pandemic-wave"]);
    expect(stdout).toMatch(/^ {2}T\+4:00:00 +payments-team +payments-api is back once card-network is back$/m);
    expect(stdout.trimEnd().split("\n").pop()).toContain("Summary: 13 scenarios · 12 recovered · 5 degraded · 6 down");
    expect(stdout).not.toContain(ESCAPE);
  });

  it("runs every declared scenario by default and renders Markdown tables with --format md", async () => {
    const { code, stdout } = await relais(["preview", EXAMPLE, "--format", "md"]);
    expect(code).toBe(1);
    expect(stdout.startsWith("# Preview of acme-payments\n")).toBe(true);
    const headings = [...stdout.matchAll(/^## `([^`]+)`/gm)].map((match) => match[1]);
    expect(headings).toEqual(MATRIX_IDS.slice(0, 6));
    expect(stdout).toContain("| payments-api | ✔ recovered | 5m30s / 15m | 30s / 1m | gov-b |  |");
    expect(stdout).toContain(
      "| T+00:00 | crisis-director (Jane Doe) | Zone loss (cloudgouv-eu-west-1a): gov-a (causes: power) |",
    );
  });

  it("--explain shows each term with its formula and policy path", async () => {
    const { code, stdout } = await relais([
      "preview",
      EXAMPLE,
      "--scenario",
      "site-loss:gov-a",
      "--explain",
      "payments-api",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      "detection 30s = interval 10s × failureThreshold 3 (services.payments-api.traffic.healthCheck)",
    );
    expect(stdout).toContain("recovery 4m = standby 2 < required 8: scaleUp 4m (services.payments-api.capacity)");
    expect(stdout).toContain("RTO 5m30s ≤ target 15m (tiers.critical.rto)");
    const down = await relais([
      "preview",
      EXAMPLE,
      "--scenario",
      "gov-region-loss",
      "--explain",
      "payments-api",
      "--quiet",
    ]);
    expect(down.code).toBe(1);
    expect(down.stdout).toContain("RTO none: the service is down, so tier target 15m (tiers.critical.rto) is missed");
    expect(down.stdout).toContain("reason: hard dependency ledger-db is down");
    const json = JSON.parse(
      (await relais(["preview", EXAMPLE, "--site", "gov-a", "--explain", "ledger-db", "--format", "json", "--quiet"]))
        .stdout,
    );
    expect(json.explanations[0].terms[3]).toEqual({
      term: "recovery",
      seconds: 0,
      formula: "standby 6 × 1 surviving active site = 6 ≥ required 6: 0",
      source: "services.ledger-db.capacity",
    });
  });
});

describe("rto-unachievable in relais validate", () => {
  it("fails a policy whose primary-site loss cannot meet the tier's RTO, naming the terms", async () => {
    const slow = basePolicy();
    slow.services.api.capacity = { required: 4, standby: 1, scaleUp: "15m" };
    const { code, stdout } = await relais(["validate", write("slow.yaml", slow), "--format", "json"]);
    expect(code).toBe(1);
    const finding = JSON.parse(stdout).findings.find((f: { code: string }) => f.code === "rto-unachievable");
    expect(finding).toMatchObject({ severity: "error", path: "services.api" });
    expect(finding.message).toContain("estimated RTO of 16m30s");
    const preview = await relais(["preview", join(dir, "slow.yaml"), "--site", "site-a"]);
    expect(preview.code).toBe(2);
    expect(preview.stderr).toContain("[rto-unachievable]");
  });
});

describe("relais preview exit codes", () => {
  const policyFile = () => write("policy.yaml", basePolicy());

  it("exits 0 when every impacted service recovers, with --site and a scenario id", async () => {
    const file = policyFile();
    const bySite = await relais(["preview", file, "--site", "site-a", "--format", "json"]);
    expect(bySite.code).toBe(0);
    expect(JSON.parse(bySite.stdout).scenarios[0]).toMatchObject({
      id: "site-loss:site-a",
      lost: { sites: ["site-a"] },
    });
    expect((await relais(["preview", file, "--scenario", "site-loss:site-b", "--quiet"])).code).toBe(0);
  });

  it("exits 1 when a service goes down or a commitment is breached", async () => {
    const file = policyFile();
    const { code, stdout } = await relais([
      "preview",
      file,
      "--scenario",
      "region-loss:outscale/eu-west-2",
      "--no-color",
    ]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^ {2}api +✘ down +down \/ 15m/m);
    const breach = basePolicy();
    breach.suppliers = { net: { name: "Network", criticality: "important", recovery: { rto: "20m" } } };
    breach.commitments = { sla: { customer: "Shops", maxOutage: "15m" } };
    breach.services.api.commitments = ["sla"];
    breach.services.api.dependsOn = [{ supplier: "net", hard: true }];
    const file2 = write("breach.yaml", breach);
    const breached = await relais(["preview", file2, "--scenario", "supplier-outage:net", "--format", "json"]);
    expect(breached.code).toBe(1);
    expect(JSON.parse(breached.stdout).scenarios[0].commitments).toEqual([
      { id: "sla", breached: true, reasons: ["api is out for 20m, above maxOutage 15m"] },
    ]);
  });

  it("exits 2 on an invalid policy and prints its findings", async () => {
    const invalid = basePolicy();
    invalid.services.api.sites = ["site-a", "site-z"];
    const { code, stdout, stderr } = await relais(["preview", write("invalid.yaml", invalid), "--all"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("services.api.sites[1]");
    expect(stderr).toContain("[unknown-reference]");
    expect(stderr).toContain("is not a valid policy: nothing to preview");
  });

  it("exits 2 on an unknown scenario, site or service, suggesting the nearest", async () => {
    const file = policyFile();
    const scenario = await relais(["preview", file, "--scenario", "site-loss:site-c"]);
    expect(scenario.code).toBe(2);
    expect(scenario.stderr).toContain("error: --scenario site-loss:site-c: policy test-policy has no such scenario");
    expect(scenario.stderr).toMatch(/hint: did you mean site-loss:site-[ab]\?/);
    const site = await relais(["preview", file, "--site", "site-c"]);
    expect(site.code).toBe(2);
    expect(site.stderr).toContain('policy test-policy has no site "site-c"');
    const service = await relais(["preview", file, "--all", "--explain", "apx"]);
    expect(service.code).toBe(2);
    expect(service.stderr).toContain("hint: did you mean api?");
    expect((await relais(["preview", file, "--format", "html"])).code).toBe(2);
  });

  it("exits 2 when there is nothing to run: no scenario declared and no flag", async () => {
    const { code, stderr } = await relais(["preview", policyFile()]);
    expect(code).toBe(2);
    expect(stderr).toContain("policy test-policy declares no scenarios");
    expect(stderr).toContain("--all");
  });

  it("takes a directory's continuity.yaml, and treats one with a Pulumi.yaml as a program", async () => {
    write("project/continuity.yaml", basePolicy());
    const project = await relais(["preview", join(dir, "project"), "--site", "site-a", "--quiet"]);
    expect(project.code).toBe(0);
    expect(project.stdout).toContain(`Preview of test-policy (${join(dir, "project", "continuity.yaml")})`);
    // A directory with a Pulumi.yaml is a program (run by @relais/preview): this one has no program to run.
    write("program/Pulumi.yaml", "name: infra\nruntime: nodejs\n");
    const program = await relais(["preview", join(dir, "program")]);
    expect(program.code).toBe(2);
    expect(program.stdout).toBe("");
    const empty = await relais(["preview", join(dir, "project", "..", "program", "..", "nothing-here")]);
    expect(empty.code).toBe(2);
  });

  it("colours on request only, and writes --out files without colour", async () => {
    const file = policyFile();
    expect((await relais(["preview", file, "--site", "site-a"], { FORCE_COLOR: "1" })).stdout).toContain(ESCAPE);
    expect(
      (await relais(["preview", file, "--site", "site-a"], { FORCE_COLOR: "1", NO_COLOR: "1" })).stdout,
    ).not.toContain(ESCAPE);
    const out = join(dir, "out", "preview.md");
    const written = await relais(["preview", file, "--site", "site-a", "--format", "md", "--out", out]);
    expect(written.code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("## `site-loss:site-a` (site-loss)");
  });
});
