import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Ec2TestServer, startEc2Server } from "../packages/check/src/testing/ec2-server";
import { type CloudExtension, cloudExtension } from "../packages/failover/src/testing/cloud-extension";
import {
  failoverGroups,
  failoverManifest,
  failoverRecords,
  failoverWorld,
} from "../packages/failover/src/testing/fixtures";
import { type RunOptions, runMain } from "./support/cli-in-process";
import { BIN, relaisProcess } from "./support/cli-process";
import { CLOUD_TEST_ENV } from "./support/cloud-env";

/**
 * `relais failover` end to end: the CLI against the loopback EC2 + Auto Scaling + Route 53 stub, every cloud
 * site's endpoint overridden. Nothing leaves 127.0.0.1. In-process, but for what needs a real process: a terminal
 * to type the confirmation in, and Ctrl-C.
 */
const SITES = ["gov-a", "gov-b", "aws-paris", "eusc"];
let server: Ec2TestServer;
let cloud: CloudExtension;
let dir: string;
let manifest: string;

beforeEach(async () => {
  cloud = cloudExtension(failoverGroups(), failoverRecords());
  server = await startEc2Server(failoverWorld(), { extension: cloud });
  dir = mkdtempSync(join(tmpdir(), "relais-failover-cli-"));
  manifest = join(dir, "manifest.json");
  writeFileSync(manifest, JSON.stringify(failoverManifest()));
});

afterEach(async () => {
  await server.close();
});

/** Runs the CLI in-process, offline, with the servers' fake keys. */
const relais = (args: readonly string[], options: RunOptions = {}) =>
  runMain(args, { ...options, env: { ...CLOUD_TEST_ENV, ...options.env } });
const endpoints = () => SITES.flatMap((site) => ["--endpoint", `${site}=${server.url}`]);
const failover = (...args: string[]) => relais(["failover", manifest, ...endpoints(), ...args], { cwd: dir });
const instances = () =>
  server.world["cloudgouv-eu-west-1"]!.instances!.filter((i) => i.tags["relais:site"] === "gov-b");

describe("relais failover", () => {
  test("without --execute prints the plan, sends nothing, exit 0", async () => {
    const run = await failover("--site", "gov-a");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Failover plan for the loss of gov-a: nothing was changed");
    expect(run.stdout).toContain("1  · planned  payments-api  gov-b  StartInstances");
    expect(run.stdout).toContain("pulumi config set relais:evacuate gov-a\n  pulumi up");
    expect(server.requests).toEqual([]);
  });

  test("--execute without --yes is refused when standard input is not a terminal: exit 2, nothing sent", async () => {
    const run = await failover("--site", "gov-a", "--execute");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("standard input is not a terminal");
    expect(run.stderr).toContain("add --yes");
    expect(server.requests).toEqual([]);
  });

  test.each([
    ["gov-a", 0, "done"],
    ["gov-b", 1, null],
  ] as const)("on a terminal, --execute asks to type the lost site: %s → exit %d", async (typed, code, status) => {
    // `script` gives the command a terminal; what it reads is what is typed.
    const command = [
      process.execPath,
      BIN,
      "failover",
      manifest,
      ...endpoints(),
      "--site",
      "gov-a",
      "--execute",
      "--no-color",
    ];
    const run = await relaisProcess([], {
      cwd: dir,
      env: CLOUD_TEST_ENV,
      stdin: `${typed}\n`,
      command: ["script", "-qec", command.map((word) => `'${word}'`).join(" "), "/dev/null"],
    });
    expect(run.code).toBe(code);
    expect(run.stdout).toContain("Type gov-a to go ahead:");
    if (status === null) {
      expect(run.stdout).toContain("not confirmed: nothing was changed");
      expect(server.requests).toEqual([]);
    } else {
      expect(run.stdout).toContain(`✓ ${status}`);
    }
  });

  test("--execute --yes --format json: every step done and verified, the documented shape, journal and follow-up", async () => {
    const run = await failover(
      "--site",
      "gov-a",
      "--execute",
      "--yes",
      "--format",
      "json",
      "--journal",
      "j.jsonl",
      "--operator",
      "alice (SRE on call)",
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(["schemaVersion", "site", "steps", "journal"]);
    expect(report.schemaVersion).toBe(1);
    expect(report.site).toBe("gov-a");
    expect(report.journal).toBe("j.jsonl");
    for (const step of report.steps) {
      expect(Object.keys(step)).toEqual(["order", "service", "site", "action", "resources", "status", "reason"]);
    }
    expect(report.steps.map((step: { status: string }) => step.status)).toEqual(["done", "done"]);
    expect(instances().map((instance) => instance.state)).toEqual(["running", "running", "running", "running"]);
    expect(cloud.records[0]!.values).toEqual(["10.0.2.10"]);
    expect(run.stderr).toContain("pulumi config set relais:evacuate gov-a");
    const journal = readFileSync(join(dir, "j.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(journal.map((entry) => `${entry.action} ${entry.result}`)).toEqual([
      "StartInstances started",
      "StartInstances done",
      "ChangeResourceRecordSets started",
      "ChangeResourceRecordSets done",
    ]);
    expect(journal[1].operator).toBe("alice (SRE on call)");
  });

  test("a failed step exits 1; the re-run with the journal resumes without repeating the done step", async () => {
    instances()[2]!.failsToStart = true;
    const first = await failover("--site", "gov-a", "--execute", "--yes", "--step-timeout", "1s");
    expect(first.code).toBe(1);
    expect(first.stdout).toContain("✗ failed");
    const journal = readdirSync(dir).find((name) => /^relais-failover-gov-a-\d{8}T\d{6}Z\.jsonl$/.test(name));
    expect(journal).toBeDefined();
    // Without --operator, the operator is the account and host that ran the failover.
    expect(JSON.parse(readFileSync(join(dir, journal!), "utf8").split("\n")[0]!).operator).toMatch(/^[^@\s]+@\S+$/);
    expect(first.stdout).toContain(`Once fixed, resume with the same journal: --journal ${journal}`);
    instances()[2]!.failsToStart = false;
    const before = server.requests.length;
    const second = await failover("--site", "gov-a", "--execute", "--yes", "--journal", journal!);
    expect(second.code).toBe(0);
    const sent = server.requests.slice(before).map((request) => request.action);
    expect(sent.filter((action) => action === "StartInstances")).toHaveLength(1);
    expect(instances().every((instance) => instance.state === "running")).toBe(true);
  });

  test("without --journal, a run starts a journal of its own, never another run's of the same second", async () => {
    const first = await failover("--site", "gov-a", "--execute", "--yes", "--journal", "first.jsonl");
    expect(first.code).toBe(0);
    // The default names of this second and the next two are taken, as by a run started a moment before.
    const stamp = (offset: number) =>
      new Date(Date.now() + offset * 1000)
        .toISOString()
        .replace(/[-:]/g, "")
        .replace(/\.\d+Z$/, "Z");
    const taken = [0, 1, 2].map((offset) => `relais-failover-gov-a-${stamp(offset)}.jsonl`);
    for (const name of taken) copyFileSync(join(dir, "first.jsonl"), join(dir, name));
    const existing = new Set(readdirSync(dir));
    for (const instance of instances()) instance.state = "stopped";
    const before = server.requests.length;
    const second = await failover("--site", "gov-a", "--execute", "--yes");
    expect(second.code).toBe(0);
    // It did the work again rather than skipping steps another journal records as done.
    expect(server.requests.slice(before).map((request) => request.action)).toContain("StartInstances");
    expect(instances().every((instance) => instance.state === "running")).toBe(true);
    const own = readdirSync(dir).filter((name) => !existing.has(name));
    expect(own).toEqual([expect.stringMatching(/^relais-failover-gov-a-\d{8}T\d{6}Z(-\d+)?\.jsonl$/)]);
    for (const name of taken)
      expect(readFileSync(join(dir, name), "utf8")).toBe(readFileSync(join(dir, "first.jsonl"), "utf8"));
  });

  test("Ctrl-C stops after journaling the step in flight: exit 1, the report printed", async () => {
    server.faults = [{ fault: "slow", action: "StartInstances", delayMs: 20_000 }];
    let poll: NodeJS.Timeout | undefined;
    const run = await relaisProcess(["failover", manifest, ...endpoints(), "--site", "gov-a", "--execute", "--yes"], {
      cwd: dir,
      env: { ...CLOUD_TEST_ENV, NO_COLOR: "1" },
      onStart: (child) => {
        poll = setInterval(() => {
          if (!server.requests.some((request) => request.action === "StartInstances")) return;
          child.kill("SIGINT");
          clearInterval(poll);
        }, 20);
      },
    });
    clearInterval(poll);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("interrupted (Ctrl-C) before the step was verified");
    const file = readdirSync(dir).find((name) => name.endsWith(".jsonl"))!;
    const results = readFileSync(join(dir, file), "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line).result);
    expect(results).toEqual(["started", "failed", "skipped"]);
  });

  test("reads the manifest from standard input", async () => {
    const run = await relais(["failover", "-", "--site", "aws-paris", "--format", "json"], {
      stdin: JSON.stringify(failoverManifest()),
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).steps.map((step: { action: string }) => step.action)).toEqual([
      "SetDesiredCapacity",
      "SetDesiredCapacity",
    ]);
  });

  test.each([
    [["--site", "gov-a", "--scenario", "x"], "give exactly one of --site SITE and --scenario ID"],
    [["--scenario", "region-loss"], "--scenario region-loss needs the policy that declares it"],
    [["--site", "gov-z"], "--site gov-z: the manifest has no site gov-z"],
  ])("usage errors exit 2: %j", async (args, message) => {
    const run = await relais(["failover", manifest, ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  test("plain http to another host and credentials in an endpoint are refused, the secret never shown", async () => {
    const http = await relais(["failover", manifest, "--site", "gov-a", "--endpoint", "gov-b=http://10.0.0.5"]);
    expect(http.code).toBe(2);
    expect(http.stderr).toContain("plain http would send the request signatures and session token in cleartext");
    const secret = await relais([
      "failover",
      manifest,
      "--site",
      "gov-a",
      "--endpoint",
      "gov-b=https://AKIDLEAK:SECRETLEAK@fcu.example.com",
    ]);
    expect(secret.code).toBe(2);
    expect(secret.stderr).toContain("the URL carries credentials");
    expect(`${secret.stdout}${secret.stderr}`).not.toMatch(/AKIDLEAK|SECRETLEAK/);
  });
});
