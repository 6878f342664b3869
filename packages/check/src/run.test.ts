import "./testing/offline-env";
import {
  DescribeAvailabilityZonesCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeSnapshotsCommand,
  EC2Client,
} from "@aws-sdk/client-ec2";
import { type AwsClientStub, mockClient } from "aws-sdk-client-mock";
import { planChecks } from "./plan";
import type { CheckProgress, CheckRunOptions } from "./run";
import { runChecks } from "./run";
import { createSiteClient } from "./site-client";
import { manifest } from "./testing/manifests";
import { ManualClock } from "./testing/manual-clock";

type Ec2Mock = AwsClientStub<EC2Client>;

/** Every site gets its own mocked client; `configure` sets up its answers (all ready by default). */
function mockedSites(configure: (siteId: string, mock: Ec2Mock) => void = () => undefined) {
  const mocks = new Map<string, Ec2Mock>();
  const createClient: CheckRunOptions["createClient"] = (site, connection) => {
    const real = createSiteClient(site, connection);
    const client = new EC2Client({ region: site.region });
    const mock = mockClient(client);
    readyAnswers(mock, site.zone);
    configure(site.id, mock);
    mocks.set(site.id, mock);
    return { client, endpoint: real.endpoint };
  };
  return { mocks, createClient };
}

function readyAnswers(mock: Ec2Mock, zone: string | null) {
  const clock = new ManualClock();
  mock
    .on(DescribeAvailabilityZonesCommand)
    .resolves({ AvailabilityZones: [{ ZoneName: zone ?? "z-a", State: "available" }] });
  mock.on(DescribeImagesCommand).callsFake((input: { Filters: Array<{ Values: string[] }> }) => ({
    Images: input.Filters[0]!.Values.map((id) => ({ ImageId: id, State: "available" })),
  }));
  const running = { InstanceId: "i-1", State: { Name: "running" as const, Code: 16 } };
  mock.on(DescribeInstancesCommand).resolves({ Reservations: [{ Instances: [running, running, running] }] });
  mock.on(DescribeSnapshotsCommand).resolves({
    Snapshots: [{ SnapshotId: "snap-1", State: "completed", StartTime: new Date(clock.now() - 600_000) }],
  });
}

const plan = planChecks([manifest()]);

describe("runChecks", () => {
  test("reports every site, each check in plan order, with the endpoint and a summary", async () => {
    const clock = new ManualClock();
    const { createClient } = mockedSites();
    const report = await clock.run(runChecks(plan, { clock, createClient, env: {} }));
    expect(report.sites.map((site) => [site.site, site.endpoint])).toEqual([
      ["gov-a", "https://fcu.cloudgouv-eu-west-1.outscale.com"],
      ["gov-b", "https://fcu.cloudgouv-eu-west-1.outscale.com"],
      ["aws-paris", "https://ec2.eu-west-3.amazonaws.com"],
      ["eusc", "https://ec2.eusc-de-east-1.amazonaws.eu"],
    ]);
    expect(report.sites[2]!.checks.map((check) => [check.check, check.service, check.status])).toEqual([
      ["zones-available", null, "ready"],
      ["image-present", "ledger", "ready"],
      ["standby-running", "ledger", "ready"],
      ["snapshot-fresh", "ledger", "ready"],
      ["image-present", "portal", "ready"],
      ["standby-running", "portal", "ready"],
    ]);
    expect(report.summary).toEqual({ ready: 14, notReady: 0, unknown: 0 });
  });

  test("refused credentials make the rest of that site unknown without further requests", async () => {
    const clock = new ManualClock();
    const { createClient, mocks } = mockedSites((site, mock) => {
      if (site !== "gov-b") return;
      const refused = Object.assign(new Error("AWS was not able to validate the provided access credentials"), {
        name: "AuthFailure",
        $metadata: { httpStatusCode: 401 },
      });
      mock.on(DescribeAvailabilityZonesCommand).rejects(refused);
    });
    const report = await clock.run(
      runChecks(plan, { clock, createClient, env: { OSC_ACCESS_KEY: "AK", OSC_SECRET_KEY: "S" } }),
    );
    const govB = report.sites[1]!;
    expect(govB.checks.map((check) => check.status)).toEqual(["unknown", "unknown", "unknown"]);
    expect(new Set(govB.checks.map((check) => check.reason)).size).toBe(1);
    expect(govB.checks[0]!.reason).toBe(
      "https://fcu.cloudgouv-eu-west-1.outscale.com refused the credentials from OSC_ACCESS_KEY/OSC_SECRET_KEY" +
        " (AuthFailure: AWS was not able to validate the provided access credentials): check OSC_ACCESS_KEY and" +
        " OSC_SECRET_KEY (an access key of the Outscale account, for this region)",
    );
    expect(govB.checks[2]).toMatchObject({ check: "standby-running", expected: 3, actual: null });
    expect(mocks.get("gov-b")!.calls()).toHaveLength(1);
    expect(report.sites[0]!.checks.every((check) => check.status === "ready")).toBe(true);
  });

  test("at the deadline, finished checks keep their results and the rest are unknown", async () => {
    const clock = new ManualClock();
    const { createClient } = mockedSites((site, mock) => {
      if (site === "aws-paris") mock.on(DescribeImagesCommand).callsFake(() => new Promise(() => undefined));
    });
    const start = clock.now();
    const report = await clock.run(
      runChecks(plan, { clock, createClient, deadlineMs: 5_000, requestTimeoutMs: 60_000, env: {} }),
    );
    expect(clock.elapsedSince(start)).toBe(5_000);
    const paris = report.sites[2]!.checks;
    expect(paris.map((check) => check.status)).toEqual([
      "ready",
      "unknown",
      "unknown",
      "unknown",
      "unknown",
      "unknown",
    ]);
    expect(paris[1]!.reason).toBe("deadline reached (--timeout 5s) before this check finished");
    expect(paris[4]!.reason).toBe("deadline reached (--timeout 5s) before this check finished");
    expect(paris[2]!.reason).toBe("deadline reached (--timeout 5s) before this check started");
    expect(report.sites[3]!.checks.every((check) => check.status === "ready")).toBe(true);
    expect(report.summary).toEqual({ ready: 9, notReady: 0, unknown: 5 });
  });

  test("a request slower than its timeout is retried, then unknown with the timeout as reason", async () => {
    const clock = new ManualClock();
    const { createClient, mocks } = mockedSites((site, mock) => {
      if (site === "gov-a") mock.on(DescribeImagesCommand).callsFake(() => new Promise(() => undefined));
    });
    const report = await clock.run(
      runChecks(plan, { clock, createClient, requestTimeoutMs: 2_000, retry: { maxAttempts: 2 }, env: {} }),
    );
    const image = report.sites[0]!.checks[1]!;
    expect(image).toMatchObject({ check: "image-present", status: "unknown" });
    expect(image.reason).toMatch(/^DescribeImages got no answer within 2s from https:\/\/fcu\..*, 2 attempts:/);
    expect(mocks.get("gov-a")!.commandCalls(DescribeImagesCommand)).toHaveLength(2);
  });

  test("checks at most `concurrency` sites at once", async () => {
    const clock = new ManualClock();
    let inFlight = 0;
    let most = 0;
    const { createClient } = mockedSites((_, mock) => {
      mock.on(DescribeAvailabilityZonesCommand).callsFake(async () => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await clock.sleep(100);
        inFlight -= 1;
        return { AvailabilityZones: [] };
      });
    });
    await clock.run(runChecks(plan, { clock, createClient, concurrency: 2, env: {} }));
    expect(most).toBe(2);
  });

  test("reports progress for every check, ending at the total", async () => {
    const clock = new ManualClock();
    const events: CheckProgress[] = [];
    const { createClient } = mockedSites();
    await clock.run(runChecks(plan, { clock, createClient, env: {}, onProgress: (event) => events.push(event) }));
    const done = events.filter((event) => event.phase === "done");
    expect(done).toHaveLength(14);
    expect(done.map((event) => event.done)).toEqual(Array.from({ length: 14 }, (_, index) => index + 1));
    expect(events.every((event) => event.total === 14)).toBe(true);
  });

  test("an interruption ends the run at once with partial results", async () => {
    const clock = new ManualClock();
    const interrupt = new AbortController();
    const { createClient } = mockedSites((site, mock) => {
      if (site === "gov-b") {
        mock.on(DescribeImagesCommand).callsFake(() => {
          interrupt.abort("interrupted (Ctrl-C)");
          return new Promise(() => undefined);
        });
      }
    });
    const report = await clock.run(
      runChecks(plan, { clock, createClient, env: {}, concurrency: 1, signal: interrupt.signal }),
    );
    expect(report.sites[0]!.checks.every((check) => check.status === "ready")).toBe(true);
    expect(report.sites[1]!.checks.map((check) => check.status)).toEqual(["ready", "unknown", "unknown"]);
    expect(report.sites[1]!.checks[1]!.reason).toBe("interrupted (Ctrl-C) before this check finished");
    expect(report.sites[3]!.checks[0]!.reason).toBe("interrupted (Ctrl-C) before this check started");
  });

  test("accepts --endpoint for a site left out by --site, refuses it for a site without an EC2 API", async () => {
    const onlyGovA = planChecks([manifest()], { sites: ["gov-a"] });
    const clock = new ManualClock();
    const { createClient } = mockedSites();
    const endpoints = new Map([["gov-b", "http://127.0.0.1:1"]]);
    const report = await clock.run(runChecks(onlyGovA, { clock, createClient, endpoints, env: {} }));
    expect(report.sites.map((site) => site.site)).toEqual(["gov-a"]);

    await expect(runChecks(plan, { endpoints: new Map([["dc-1", "http://127.0.0.1:1"]]) })).rejects.toThrow(
      "--endpoint dc-1=http://127.0.0.1:1: the manifest has no cloud site dc-1",
    );
  });
});
