import "../../check/src/testing/offline-env";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FAILOVER_ACTIONS } from "@relais/check";
import { type Ec2TestServer, startEc2Server } from "../../check/src/testing/ec2-server";
import { executeFailover, type FailoverRunOptions } from "./execute";
import { Journal, type JournalEntry } from "./journal";
import { planFailover } from "./plan";
import type { FailoverReport } from "./report";
import { type CloudExtension, cloudExtension } from "./testing/cloud-extension";
import { failoverGroups, failoverManifest, failoverRecords, failoverWorld } from "./testing/fixtures";

/** Real HTTP against the loopback EC2 + Auto Scaling + Route 53 stub; waits and back-off shortened. */
const SITES = ["gov-a", "gov-b", "aws-paris", "eusc"];
let server: Ec2TestServer;
let cloud: CloudExtension;
let dir: string;

beforeEach(async () => {
  cloud = cloudExtension(failoverGroups(), failoverRecords());
  server = await startEc2Server(failoverWorld(), { extension: cloud });
  dir = mkdtempSync(join(tmpdir(), "relais-failover-"));
});

afterEach(async () => {
  await server.close();
});

function run(lost: string[], options: Partial<FailoverRunOptions> = {}, file = join(dir, "journal.jsonl")) {
  const journal = Journal.open(file);
  const plan = planFailover([failoverManifest()], { lost });
  return executeFailover(plan, {
    journal,
    operator: "alice@ops-laptop",
    endpoints: new Map(SITES.map((site) => [site, server.url])),
    env: { OSC_ACCESS_KEY: "AKOSCTEST", OSC_SECRET_KEY: "osc-secret" },
    requestTimeoutMs: 1_000,
    stepTimeoutMs: 400,
    pollIntervalMs: 5,
    retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20 },
    ...options,
  }).finally(() => journal.close());
}

const actions = () => server.requests.map((request) => request.action);
const instance = (id: string) => server.world["cloudgouv-eu-west-1"]!.instances!.find((i) => i.instanceId === id)!;
const readJournal = (file = join(dir, "journal.jsonl")): JournalEntry[] =>
  readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as JournalEntry);
const statuses = (report: FailoverReport) => report.steps.map((step) => `${step.action} ${step.status}`);

describe("executeFailover against loopback EC2, Auto Scaling and Route 53 APIs", () => {
  test("loss of gov-a: the stopped standbys run, then the record points at gov-b, each verified", async () => {
    const report = await run(["gov-a"]);
    expect(statuses(report)).toEqual(["StartInstances done", "ChangeResourceRecordSets done"]);
    for (const id of ["i-b1", "i-b2", "i-b3", "i-b4"]) expect(instance(id).state).toBe("running");
    expect(cloud.records[0]!.values).toEqual(["10.0.2.10"]);
    expect(actions()).toEqual([
      "DescribeInstances",
      "StartInstances",
      "DescribeInstances",
      "ListResourceRecordSets",
      "ChangeResourceRecordSets",
      "GetChange",
      "GetChange",
      "ListResourceRecordSets",
    ]);
    const start = server.requests[1]!;
    expect(start.params).toMatchObject({ "InstanceId.1": "i-b2", "InstanceId.2": "i-b3", "InstanceId.3": "i-b4" });
    expect(start.params["InstanceId.4"]).toBeUndefined();
    expect(start).toMatchObject({ region: "cloudgouv-eu-west-1", service: "ec2", accessKeyId: "AKOSCTEST" });
    expect(server.requests[4]).toMatchObject({
      region: "us-east-1",
      service: "route53",
      accessKeyId: "AKIDRELAISTEST",
    });
    expect(report.steps[0]).toMatchObject({ resources: ["i-b1", "i-b2", "i-b3", "i-b4"] });
    expect(report.steps[0]!.reason).toBe("started i-b2, i-b3, i-b4; 4 of 4 required instances running at gov-b");
    expect(report.steps[1]!.reason).toBe(
      "pay.example.eu A now points at 10.0.2.10 (was 10.0.1.10; change /change/C1 INSYNC)",
    );
  });

  test("every request is on the failover allowlist", async () => {
    await run(["gov-a"]);
    await run(["aws-paris"]);
    expect(actions().length).toBeGreaterThan(10);
    for (const action of actions()) expect(FAILOVER_ACTIONS.allows(action)).toBe(true);
  });

  test("the journal has a started and a result line per step, with operator, site, ids and reason", async () => {
    const report = await run(["gov-a"]);
    expect(report.journal).toBe(join(dir, "journal.jsonl"));
    const entries = readJournal();
    expect(entries.map((entry) => `${entry.action} ${entry.result}`)).toEqual([
      "StartInstances started",
      "StartInstances done",
      "ChangeResourceRecordSets started",
      "ChangeResourceRecordSets done",
    ]);
    expect(entries[1]).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      operator: "alice@ops-laptop",
      site: "gov-b",
      action: "StartInstances",
      service: "payments-api",
      lost: ["gov-a"],
      resources: ["i-b1", "i-b2", "i-b3", "i-b4"],
      result: "done",
      reason: "started i-b2, i-b3, i-b4; 4 of 4 required instances running at gov-b",
    });
  });

  test("partial success: one of three instances fails to start, the step fails and traffic is not moved", async () => {
    instance("i-b3").failsToStart = true;
    const report = await run(["gov-a"]);
    expect(statuses(report)).toEqual(["StartInstances failed", "ChangeResourceRecordSets skipped"]);
    expect(report.steps[0]!.reason).toMatch(
      /^started i-b2, i-b3, i-b4; 3 of 4 running after 400ms \(i-b3 stopped: Server\.InsufficientInstanceCapacity\)$/,
    );
    expect(report.steps[1]!.reason).toBe("not run: step 1 of payments-api failed");
    expect(cloud.records[0]!.values).toEqual(["10.0.1.10"]);
    expect(actions()).not.toContain("ChangeResourceRecordSets");
  });

  test("a record change still PENDING at the step's deadline is failed, never done", async () => {
    cloud.pendingReads = 1_000;
    const report = await run(["gov-a"]);
    expect(statuses(report)).toEqual(["StartInstances done", "ChangeResourceRecordSets failed"]);
    expect(report.steps[1]!.reason).toBe("change /change/C1 is still PENDING after 400ms");
    expect(readJournal().at(-1)).toMatchObject({ action: "ChangeResourceRecordSets", result: "failed" });
  });

  test("instances already running are `already`, and nothing is started", async () => {
    for (const id of ["i-b2", "i-b3", "i-b4"]) instance(id).state = "running";
    const report = await run(["gov-a"]);
    expect(statuses(report)[0]).toBe("StartInstances already");
    expect(actions()).not.toContain("StartInstances");
  });

  test("loss of Paris: desired capacity raised to required at the sovereign cloud, minSize untouched", async () => {
    const report = await run(["aws-paris"]);
    expect(statuses(report)).toEqual(["SetDesiredCapacity done", "SetDesiredCapacity done"]);
    const groups = cloud.groups["eusc-de-east-1"]!;
    expect(groups.map((group) => [group.name, group.minSize, group.desired])).toEqual([
      ["portal-eusc", 2, 4],
      ["api-eusc", 1, 3],
    ]);
    const sets = server.requests.filter((request) => request.action === "SetDesiredCapacity");
    expect(sets.map((request) => request.params)).toEqual([
      expect.objectContaining({ AutoScalingGroupName: "portal-eusc", DesiredCapacity: "4", HonorCooldown: "false" }),
      expect.objectContaining({ AutoScalingGroupName: "api-eusc", DesiredCapacity: "3", HonorCooldown: "false" }),
    ]);
    for (const request of sets) expect(Object.keys(request.params).some((key) => /Min|Max/.test(key))).toBe(false);
    expect(sets[0]).toMatchObject({ region: "eusc-de-east-1", service: "autoscaling" });
    expect(report.steps[1]!.reason).toBe(
      "api-eusc desired capacity 1 → 3 (3 required); 3 in service so far (relais check follows them up)",
    );
  });

  test("a group whose maxSize is below required fails with the fix, and nothing is sent", async () => {
    cloud.groups["eusc-de-east-1"]![1]!.maxSize = 2;
    const report = await run(["aws-paris"]);
    expect(statuses(report)).toEqual(["SetDesiredCapacity done", "SetDesiredCapacity failed"]);
    expect(report.steps[1]!.reason).toContain("api-eusc has maxSize 2, below the 3 required");
    expect(server.requests.filter((request) => request.action === "SetDesiredCapacity")).toHaveLength(1);
  });

  test.each([
    ["throttle", "StartInstances"],
    ["server-error", "StartInstances"],
    ["throttle", "SetDesiredCapacity"],
    ["server-error", "ChangeResourceRecordSets"],
    ["slow", "StartInstances"],
    ["drop", "DescribeInstances"],
  ] as const)("a passing %s on %s is retried to a verified result", async (fault, action) => {
    server.faults = [{ fault, action, times: 1, delayMs: 5_000 }];
    const report = await run(action === "SetDesiredCapacity" ? ["aws-paris"] : ["gov-a"]);
    expect(report.steps.every((step) => step.status === "done")).toBe(true);
    expect(actions().filter((sent) => sent === action).length).toBeGreaterThanOrEqual(2);
  });

  test("lasting throttling fails the step, naming the code and the attempts", async () => {
    server.faults = [{ fault: "throttle", action: "SetDesiredCapacity" }];
    const report = await run(["aws-paris"]);
    expect(report.steps[0]!.status).toBe("failed");
    expect(report.steps[0]!.reason).toMatch(
      /^SetDesiredCapacity was throttled \(Throttling: Rate exceeded, 3 attempts\)/,
    );
  });

  test.each([
    ["malformed", "is not valid"],
    ["html", "the endpoint did not answer like the EC2 API: an HTML page"],
    ["empty", "the endpoint did not answer like the EC2 API: an empty reply"],
  ] as const)("a %s reply fails the step, never read as an answer", async (fault, words) => {
    server.faults = [{ fault, action: "DescribeInstances" }];
    const report = await run(["gov-a"]);
    expect(statuses(report)).toEqual(["StartInstances failed", "ChangeResourceRecordSets skipped"]);
    expect(report.steps[0]!.reason).toContain(words);
    expect(actions()).not.toContain("StartInstances");
  });

  test("a connection lost mid-run fails the step; a re-run with the journal finishes without starting twice", async () => {
    // The discovery and StartInstances get through; from then on every connection is cut.
    const first = run(["gov-a"]);
    const cut = setInterval(() => {
      if (actions().includes("StartInstances")) server.faults = [{ fault: "drop" }];
    }, 1);
    const report = await first;
    clearInterval(cut);
    expect(statuses(report)).toEqual(["StartInstances failed", "ChangeResourceRecordSets skipped"]);
    expect(report.steps[0]!.reason).toMatch(/^cannot reach http:\/\/127\.0\.0\.1:\d+ \(socket hang up, 3 attempts\)/);
    expect(readJournal().map((entry) => `${entry.action} ${entry.result}`)).toEqual([
      "StartInstances started",
      "StartInstances failed",
      "ChangeResourceRecordSets skipped",
    ]);
    server.faults = [];
    const before = server.requests.length;
    const second = await run(["gov-a"]);
    expect(statuses(second)).toEqual(["StartInstances already", "ChangeResourceRecordSets done"]);
    expect(server.requests.slice(before).map((request) => request.action)).not.toContain("StartInstances");
  });

  test("resume: a re-run with the journal never repeats a done step", async () => {
    const stop = new AbortController();
    const first = await run(["gov-a"], {
      signal: stop.signal,
      onProgress: (progress) => {
        if (progress.phase === "done" && progress.step.order === 1) stop.abort("interrupted (Ctrl-C)");
      },
    });
    expect(statuses(first)).toEqual(["StartInstances done", "ChangeResourceRecordSets skipped"]);
    expect(first.steps[1]!.reason).toBe("interrupted (Ctrl-C) before this step started");
    const before = server.requests.length;
    const second = await run(["gov-a"]);
    expect(statuses(second)).toEqual(["StartInstances done", "ChangeResourceRecordSets done"]);
    expect(second.steps[0]!.reason).toMatch(
      /^done in an earlier run \(.* by alice@ops-laptop\), as the journal records: not repeated$/,
    );
    expect(server.requests.slice(before).map((request) => request.action)).toEqual([
      "ListResourceRecordSets",
      "ChangeResourceRecordSets",
      "GetChange",
      "GetChange",
      "ListResourceRecordSets",
    ]);
    expect(readJournal().map((entry) => `${entry.action} ${entry.result}`)).toEqual([
      "StartInstances started",
      "StartInstances done",
      "ChangeResourceRecordSets skipped",
      "ChangeResourceRecordSets started",
      "ChangeResourceRecordSets done",
    ]);
  });

  test("a journal of another loss resumes nothing", async () => {
    await run(["gov-a"]);
    const report = await run(["gov-a", "dc-1"]);
    // Read afresh rather than taken from the journal of the loss of gov-a alone.
    expect(statuses(report).slice(0, 2)).toEqual(["StartInstances already", "ChangeResourceRecordSets already"]);
    expect(report.steps[0]!.reason).not.toContain("earlier run");
  });

  test("Ctrl-C during verification fails the step cleanly and journals it", async () => {
    instance("i-b3").failsToStart = true;
    const stop = new AbortController();
    const pending = run(["gov-a"], { signal: stop.signal, stepTimeoutMs: 60_000 });
    const poll = setInterval(() => {
      if (actions().filter((action) => action === "DescribeInstances").length >= 3) stop.abort("interrupted (Ctrl-C)");
    }, 1);
    const report = await pending;
    clearInterval(poll);
    expect(statuses(report)).toEqual(["StartInstances failed", "ChangeResourceRecordSets skipped"]);
    expect(report.steps[0]!.reason).toBe(
      "interrupted (Ctrl-C) before the step was verified: run again with the same --journal to resume",
    );
    expect(readJournal().map((entry) => entry.result)).toEqual(["started", "failed", "skipped"]);
  });

  test("the run deadline skips what has not started", async () => {
    server.faults = [{ fault: "slow", action: "DescribeAutoScalingGroups", delayMs: 5_000 }];
    const report = await run(["aws-paris"], { deadlineMs: 300, concurrency: 1 });
    expect(report.steps.map((step) => step.status)).toEqual(["failed", "skipped"]);
    expect(report.steps[1]!.reason).toBe("deadline reached (--timeout 300ms) before this step started");
  });
});
