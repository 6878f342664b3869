import { copyFileSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "@relais/test-support";
import { type Ec2TestServer, type FakeRegion, startEc2Server } from "../packages/check/src/testing/ec2-server";
import { type Run, runMain } from "./support/cli-in-process";
import { CLOUD_TEST_ENV } from "./support/cloud-env";

/**
 * `relais check` end to end: the CLI against a local EC2 Query server (AWS and Outscale FCU namespaces) with
 * the Acme Payments manifest, every site's endpoint overridden with --endpoint. Nothing leaves 127.0.0.1.
 */
const FIXTURES = join(REPO_ROOT, "test/fixtures/check");
const MANIFEST = join(FIXTURES, "acme-payments.manifest.json");
const POLICY = join(REPO_ROOT, "examples/policies/acme-payments.yaml");
const CLOUD_SITES = ["gov-a", "gov-b", "osc-paris", "eusc-brandenburg"];

/** Runs the CLI in-process (the server answers from this process too), offline, with the servers' fake keys. */
function relais(args: readonly string[], stdin?: string): Promise<Run> {
  return runMain(args, { cwd: REPO_ROOT, env: CLOUD_TEST_ENV, stdin });
}

function acmeWorld(now = Date.now()): Record<string, FakeRegion> {
  const running = (service: string, site: string, role: string, count: number, zone: string) =>
    Array.from({ length: count }, (_, index) => ({
      instanceId: `i-${service}-${site}-${index}`,
      state: "running",
      zone,
      tags: { "relais:service": service, "relais:site": site, "relais:role": role, "relais:tier": "critical" },
    }));
  const image = (imageId: string) => ({ imageId, state: "available" });
  const zones = (region: string, letters: string) =>
    [...letters].map((letter) => ({ zoneName: `${region}${letter}`, state: "available" }));
  const snapshot = (id: string, service: string, hoursAgo: number) => ({
    snapshotId: id,
    status: "completed",
    startTime: new Date(now - hoursAgo * 3_600_000).toISOString(),
    tags: { "relais:service": service },
  });
  return {
    "cloudgouv-eu-west-1": {
      flavour: "outscale",
      zones: zones("cloudgouv-eu-west-1", "abc"),
      images: ["ami-6a1c0b01", "ami-6a1c0b02", "ami-6a1c0b05"].map(image),
      instances: [
        ...running("payments-api", "gov-b", "standby", 2, "cloudgouv-eu-west-1b"),
        ...running("ledger-db", "gov-a", "active", 6, "cloudgouv-eu-west-1a"),
        ...running("ledger-db", "gov-b", "active", 6, "cloudgouv-eu-west-1b"),
      ],
      snapshots: [snapshot("snap-settle-1", "legacy-settlement", 0.25)],
    },
    "eu-west-2": {
      flavour: "outscale",
      zones: zones("eu-west-2", "ab"),
      images: ["ami-7b2d0c03", "ami-7b2d0c04", "ami-7b2d0c06"].map(image),
      instances: running("merchant-portal", "osc-paris", "standby", 1, "eu-west-2a"),
    },
    "eusc-de-east-1": {
      zones: zones("eusc-de-east-1", "abc"),
      images: ["ami-0e5c0000000000a03", "ami-0e5c0000000000a04", "ami-0e5c0000000000a06"].map(image),
      snapshots: [snapshot("snap-report-1", "reporting", 2)],
    },
  };
}

let server: Ec2TestServer;
const endpointFlags = () => CLOUD_SITES.flatMap((site) => ["--endpoint", `${site}=${server.url}`]);
const check = (...args: string[]) => relais(["check", MANIFEST, ...endpointFlags(), ...args]);

beforeEach(async () => {
  server = await startEc2Server(acmeWorld(), { accessKeyIds: ["AKIDRELAISE2E", "AKOSCE2E"] });
});

afterEach(async () => {
  await server.close();
});

describe("relais check <manifest.json>", () => {
  test("everything ready: exit 0 and the documented JSON shape", async () => {
    const run = await check("--format", "json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(["schemaVersion", "sites", "summary"]);
    expect(report.schemaVersion).toBe(1);
    expect(report.summary).toEqual({ ready: 24, notReady: 0, unknown: 0 });
    expect(report.sites.map((site: { site: string }) => site.site)).toEqual(CLOUD_SITES);
    for (const site of report.sites) {
      expect(Object.keys(site)).toEqual(["site", "endpoint", "checks"]);
      expect(site.endpoint).toBe(server.url);
      for (const result of site.checks) {
        expect(Object.keys(result)).toEqual(["check", "service", "status", "reason", "expected", "actual"]);
      }
    }
    expect(report.sites[1].checks[2]).toEqual({
      check: "standby-running",
      service: "payments-api",
      status: "ready",
      reason: "2 of 2 standby instances running in gov-b for payments-api",
      expected: 2,
      actual: 2,
    });
  });

  test("only Describe* actions reach the endpoint, signed for each site's region", async () => {
    await check("--format", "json");
    expect(server.requests.length).toBeGreaterThan(10);
    expect(server.requests.filter((request) => !/^Describe[A-Z]/.test(request.action))).toEqual([]);
    const regions = new Set(server.requests.map((request) => `${request.region} ${request.accessKeyId}`));
    expect(regions).toEqual(
      new Set(["cloudgouv-eu-west-1 AKOSCE2E", "eu-west-2 AKOSCE2E", "eusc-de-east-1 AKIDRELAISE2E"]),
    );
  });

  test("the table: one block per site, the sites not checked, a summary; no colour or progress when piped", async () => {
    const run = await check();
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).not.toContain("\u001b[");
    expect(run.stdout).toContain(`gov-b outscale cloudgouv-eu-west-1b  ${server.url}\n`);
    expect(run.stdout).toMatch(/ {2}✔ ready +standby-running +payments-api +2 of 2 standby instances running in gov-b/);
    expect(run.stdout).toContain("not checked: dc-velizy (on-premises site: no EC2-compatible API to check)");
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("✔ ready: 24 checks passed");
  });

  test("a missing standby instance: exit 1 with an actionable reason", async () => {
    server.world["cloudgouv-eu-west-1"]!.instances![0]!.state = "stopped";
    const run = await check();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("1 of 2 standby instances running in gov-b for payments-api: start 1 more");
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("✘ not ready: 23 ready, 1 not ready, 0 unknown");
  });

  test("--policy holds snapshots to the tier RPO", async () => {
    server.world["eusc-de-east-1"]!.snapshots![0]!.startTime = new Date(Date.now() - 8 * 3_600_000).toISOString();
    const interval = await check("--format", "json");
    const withPolicy = await check("--format", "json", "--policy", POLICY);
    const reporting = (run: Run) => JSON.parse(run.stdout).sites[3].checks.at(-1);
    expect(reporting(interval)).toMatchObject({ status: "not-ready", expected: 21_600 });
    expect(reporting(withPolicy)).toMatchObject({ status: "ready", expected: 86_400 });
    expect(reporting(withPolicy).reason).toContain("within the tier standard RPO of 1d");
    expect(withPolicy.code).toBe(0);
  });

  test("--site checks only the named sites", async () => {
    const run = await check("--site", "osc-paris", "--format", "json");
    expect(JSON.parse(run.stdout).sites.map((site: { site: string }) => site.site)).toEqual(["osc-paris"]);
    expect(new Set(server.requests.map((request) => request.region))).toEqual(new Set(["eu-west-2"]));
  });
});

describe("relais check -", () => {
  test("reads the manifest from standard input", async () => {
    const run = await relais(["check", "-", ...endpointFlags(), "--format", "json"], readFileSync(MANIFEST, "utf8"));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary.notReady).toBe(0);
  });
});

describe("relais check under faults", () => {
  const fast = ["--format", "json", "--request-timeout", "400ms", "--timeout", "8s"];
  test.each([
    ["throttle", "DescribeInstances was throttled (RequestLimitExceeded: Request limit exceeded., 4 attempts)"],
    [
      "server-error",
      "DescribeInstances failed with a server error (InternalError: An internal error has occurred, 4 attempts)",
    ],
    ["slow", "DescribeInstances got no answer within 400ms from"],
    ["malformed", "the answer to DescribeInstances from"],
    ["auth-failure", "refused the credentials from OSC_ACCESS_KEY/OSC_SECRET_KEY (AuthFailure:"],
    ["empty", "the endpoint did not answer like the EC2 API: an empty reply (DescribeInstances to"],
    ["html", "the endpoint did not answer like the EC2 API: an HTML page (DescribeInstances to"],
    ["huge", "the reply is larger than 4 MiB, relais's limit for one reply"],
  ] as const)("%s: unknown with the right reason, partial results printed, exit 1", async (fault, reason) => {
    server.faults = [{ fault, action: "DescribeInstances", region: "eu-west-2", delayMs: 5_000 }];
    const run = await check(...fast);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    const standby = report.sites[2].checks.find((result: { check: string }) => result.check === "standby-running");
    expect(standby).toMatchObject({ service: "merchant-portal", status: "unknown", actual: null, expected: 1 });
    expect(standby.reason).toContain(reason);
    expect(report.sites[0].checks.every((result: { status: string }) => result.status === "ready")).toBe(true);
    expect(report.summary.unknown).toBeGreaterThanOrEqual(1);
  });

  test("the whole-run deadline: unfinished checks unknown, results printed within the deadline", async () => {
    server.faults = [{ fault: "slow", region: "eusc-de-east-1", delayMs: 20_000 }];
    // The slow site answers after 20 s, past the deadline and under the request timeout: only the deadline ends it.
    const run = await check("--format", "json", "--timeout", "1500ms", "--request-timeout", "10s");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.sites[3].checks[0].reason).toBe("deadline reached (--timeout 1500ms) before this check finished");
    expect(report.sites[0].checks.every((result: { status: string }) => result.status === "ready")).toBe(true);
  });
});

describe("relais check input errors exit 2", () => {
  test.each([
    [["check", join(FIXTURES, "missing.json")], "error: cannot read"],
    [
      ["check", join(FIXTURES, "invalid.manifest.json")],
      "is not a valid Relais manifest:\n  services[0].sites[1].desired:",
    ],
    [["check", MANIFEST, "--site", "gov-z"], "error: --site gov-z: the manifest has no site gov-z"],
    [["check", MANIFEST, "--site", "hq"], "error: --site hq: hq (office) has no EC2-compatible API to check"],
    [["check", MANIFEST, "--endpoint", "gov-a"], "error: --endpoint gov-a: expected SITE=URL"],
    [["check", MANIFEST, "--endpoint", "gov-a=ftp://x"], "not an http(s) URL"],
    [["check", MANIFEST, "--endpoint", "gov-a=http://fcu.example.com"], "plain http would send the request signatures"],
    [
      ["check", MANIFEST, "--endpoint", "gov-a=https://AKID:s3cr3t@fcu.example.com"],
      "gov-a=https://***@fcu.example.com: the URL carries credentials",
    ],
    [
      ["check", MANIFEST, "--profile", "nowhere=p"],
      "error: --profile nowhere=p: the manifest has no cloud site nowhere",
    ],
    [["check", MANIFEST, "--timeout", "soon"], "error: --timeout soon is not a duration"],
    [["check", MANIFEST, "--format", "md"], "error: --format md is not supported by this command"],
    [["check", FIXTURES], "is a directory without a Pulumi.yaml"],
    [
      ["check", MANIFEST, "--policy", join(FIXTURES, "other-policy.yaml")],
      "is policy other-payments, but the stack was deployed from acme-payments",
    ],
  ])("relais %j", async (args, message) => {
    const run = await relais(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).not.toContain("s3cr3t");
  });
});

describe("relais check <program-dir>", () => {
  test("reads the manifest through the offline preview runner, and the program's policy", async () => {
    const dir = mkdtempSync(join(tmpdir(), "relais-check-program-"));
    for (const file of ["Pulumi.yaml", "index.js"]) copyFileSync(join(FIXTURES, "program", file), join(dir, file));
    copyFileSync(MANIFEST, join(dir, "acme-payments.manifest.json"));
    writeFileSync(join(dir, "Pulumi.dev.yaml"), `config:\n  relais:policy: ${JSON.stringify(POLICY)}\n`);
    // The preview package's dependencies hold @pulumi/pulumi, which the preview runner loads for the program.
    symlinkSync(join(REPO_ROOT, "packages/preview/node_modules"), join(dir, "node_modules"), "dir");
    const run = await relais(["check", dir, ...endpointFlags(), "--site", "gov-b", "--format", "json"]);
    // Running a program executes its code with the caller's environment: the one line on stderr says so.
    expect(run.stderr).toBe(
      `note: running the Pulumi program in ${dir}: its code runs on this machine with your environment and credentials\n`,
    );
    expect(run.code).toBe(0);
    const checks = JSON.parse(run.stdout).sites[0].checks;
    expect(checks.at(-1)).toMatchObject({ check: "snapshot-fresh", service: "legacy-settlement", expected: 3600 });
    expect(checks.at(-1).reason).toContain("tier important RPO of 1h");
    expect(readFileSync(join(dir, "Pulumi.yaml"), "utf8")).toContain("check-fixture");
  });
});
