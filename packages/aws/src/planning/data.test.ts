import { parseValid } from "@relais/test-support";
import { componentPolicy, withServices } from "../testing/fixtures";
import { type Acknowledge, type DataSite, planData } from "./data";

const policy = parseValid(componentPolicy());
const C = 'FailoverService "x"';

function sitesOf(ids: string[]): DataSite[] {
  return ids.map((id) => {
    const site = policy.sites[id];
    return { site: id, provider: site.provider, region: site.region, external: site.provider === "on-premises" };
  });
}

function service(strategy: string, sites: string[], data: Record<string, unknown>) {
  const traffic = { method: "manual" };
  const capacity = { required: 2, scaleUp: "4m" };
  return parseValid(withServices({ svc: { tier: "standard", strategy, sites, capacity, traffic, data } })).services.svc;
}

const ASYNC = { mode: "async-replication", lag: "30s" };

/** No risk acknowledged: the planner's request becomes the thrown error, as the plan would throw it. */
const strict: Acknowledge = (request) => {
  throw new Error(`unacknowledged ${request.capability} at ${request.site}: ${request.problem}`);
};

/** Every risk acknowledged; records what was asked. */
function lenient(): { acknowledge: Acknowledge; asked: string[] } {
  const asked: string[] = [];
  return { acknowledge: (request) => asked.push(`${request.site}/${request.capability}`), asked };
}
const BACKUP = { mode: "backup", every: "6h", restoreTime: "1h" };

test("replication: a bucket per cloud site, the primary replicating to the failover sites, 900 s lag guaranteed", () => {
  const sites = ["aws-paris", "aws-frankfurt"];
  expect(planData(C, "svc", service("warm-standby", sites, ASYNC), sitesOf(sites), "s3", strict)).toEqual({
    kind: "buckets",
    sites,
    replication: [{ from: "aws-paris", to: ["aws-frankfurt"] }],
    // What S3 Replication Time Control guarantees, not the policy's 30 s.
    deployed: { mode: "async-replication", mechanism: "s3-replication", lag: 900, copyRegion: null },
  });
});

test("synchronous replication cannot be built with S3: a construction error unless acknowledged", () => {
  const sites = ["aws-paris", "aws-frankfurt"];
  const sync = service("active-active", sites, { mode: "sync-replication" });
  expect(() => planData(C, "svc", sync, sitesOf(sites), "s3", strict)).toThrow(
    "unacknowledged syncReplication at aws-paris: the policy asks synchronous replication for svc, but S3 replication is asynchronous",
  );
  const { acknowledge, asked } = lenient();
  const plan = planData(C, "svc", sync, sitesOf(sites), "s3", acknowledge);
  expect(asked).toEqual(["aws-paris/syncReplication"]);
  // The manifest says what runs: asynchronous, 900 s.
  expect(plan.deployed).toEqual({ mode: "async-replication", mechanism: "s3-replication", lag: 900, copyRegion: null });
  expect(plan).toMatchObject({
    replication: [
      { from: "aws-paris", to: ["aws-frankfurt"] },
      { from: "aws-frankfurt", to: ["aws-paris"] },
    ],
  });
});

test("storage: application creates nothing, and so does data.mode none", () => {
  const sites = ["osc-a", "osc-b"];
  expect(planData(C, "svc", service("warm-standby", sites, ASYNC), sitesOf(sites), "application", strict)).toEqual({
    kind: "none",
    deployed: { mode: "async-replication", mechanism: "external", copyRegion: null },
  });
  expect(planData(C, "svc", service("warm-standby", sites, { mode: "none" }), sitesOf(sites), "s3", strict)).toEqual({
    kind: "none",
    deployed: { mode: "none", mechanism: "none", copyRegion: null },
  });
});

test("pilot-light with replication left to the application: no running receiver unless acknowledged", () => {
  const sites = ["osc-a", "osc-b"];
  const pilot = service("pilot-light", sites, ASYNC);
  expect(() => planData(C, "svc", pilot, sitesOf(sites), "application", strict)).toThrow(
    "unacknowledged dataReceiver at osc-b: the async-replication of svc is left to the application, but its pilot-light failover site osc-b runs no unit to receive it",
  );
  const { acknowledge, asked } = lenient();
  planData(C, "svc", pilot, sitesOf(sites), "application", acknowledge);
  expect(asked).toEqual(["osc-b/dataReceiver"]);
});

test("S3 replication with no cloud site to replicate to is a construction error", () => {
  const sites = ["aws-paris", "dc"];
  expect(() => planData(C, "svc", service("warm-standby", sites, ASYNC), sitesOf(sites), "s3", strict)).toThrow(
    `${C}: S3 replication for the async-replication of svc has no destination: aws-paris is its only cloud site.`,
  );
});

test("Outscale cannot replicate buckets: a construction error naming the site and the capability", () => {
  const sites = ["osc-a", "osc-b"];
  expect(() => planData(C, "svc", service("warm-standby", sites, ASYNC), sitesOf(sites), "s3", strict)).toThrow(
    `${C}: site osc-a (outscale) has no s3Replication capability (S3 bucket replication), needed for the async-replication of svc.`,
  );
});

test("S3 does not replicate across partitions", () => {
  const sites = ["aws-paris", "eusc"];
  expect(() => planData(C, "svc", service("warm-standby", sites, ASYNC), sitesOf(sites), "s3", strict)).toThrow(
    `${C}: S3 cannot replicate svc from aws-paris (partition aws) to eusc (partition aws-eusc).`,
  );
});

test("S3 replication cannot start at an external primary", () => {
  const sites = ["dc", "aws-paris"];
  expect(() => planData(C, "svc", service("warm-standby", sites, ASYNC), sitesOf(sites), "s3", strict)).toThrow(
    `${C}: S3 replication for async-replication cannot start at dc, which is on-premises (an external workload).`,
  );
});

test("backup on AWS: AWS Backup with a copy to the failover site's region", () => {
  const sites = ["aws-paris", "aws-frankfurt"];
  expect(planData(C, "svc", service("backup-restore", sites, BACKUP), sitesOf(sites), "s3", strict)).toEqual({
    kind: "aws-backup",
    site: "aws-paris",
    copyTo: "aws-frankfurt",
    schedule: { expression: "cron(0 0/6 * * ? *)", every: 21600 },
    deployed: {
      mode: "backup",
      mechanism: "aws-backup",
      every: 21600,
      restoreTime: 3600,
      copyRegion: "eu-central-1",
    },
  });
});

test("backup copies only where the failover site has AWS Backup in the same partition; else acknowledged", () => {
  for (const sites of [
    ["aws-paris", "eusc"],
    ["aws-paris", "osc-a"],
    ["aws-paris", "dc"],
  ]) {
    expect(() => planData(C, "svc", service("backup-restore", sites, BACKUP), sitesOf(sites), "s3", strict)).toThrow(
      `unacknowledged backupCopy at aws-paris: AWS Backup of svc at aws-paris cannot copy to another region of partition aws: its failover site ${sites[1]}`,
    );
    const { acknowledge, asked } = lenient();
    const plan = planData(C, "svc", service("backup-restore", sites, BACKUP), sitesOf(sites), "s3", acknowledge);
    expect(plan).toMatchObject({ kind: "aws-backup", copyTo: null, deployed: { copyRegion: null } });
    expect(asked).toEqual(["aws-paris/backupCopy"]);
  }
});

test("the European Sovereign Cloud has one region: its backups have no copy in the partition", () => {
  const sites = ["eusc", "aws-paris"];
  expect(() => planData(C, "svc", service("backup-restore", sites, BACKUP), sitesOf(sites), "s3", strict)).toThrow(
    "unacknowledged backupCopy at eusc: AWS Backup of svc at eusc cannot copy to another region of partition aws-eusc: the partition has one region (eusc-de-east-1)",
  );
});

test("backup on Outscale: one snapshot and no schedule, acknowledged; from an external primary: a landing bucket", () => {
  const outscale = service("backup-restore", ["osc-a", "osc-b"], BACKUP);
  expect(() => planData(C, "svc", outscale, sitesOf(["osc-a", "osc-b"]), "s3", strict)).toThrow(
    "unacknowledged backupSchedule at osc-a: site osc-a (outscale) has no backup schedule (no AWS Backup)",
  );
  const { acknowledge } = lenient();
  expect(planData(C, "svc", outscale, sitesOf(["osc-a", "osc-b"]), "s3", acknowledge)).toEqual({
    kind: "snapshots",
    site: "osc-a",
    // No `every`: nothing in the stack takes the next snapshot.
    deployed: { mode: "backup", mechanism: "snapshots", restoreTime: 3600, copyRegion: null },
  });
  expect(
    planData(C, "svc", service("backup-restore", ["dc", "osc-b"], BACKUP), sitesOf(["dc", "osc-b"]), "s3", strict),
  ).toEqual({
    kind: "landing",
    site: "osc-b",
    deployed: { mode: "backup", mechanism: "external", restoreTime: 3600, copyRegion: null },
  });
});

test("AWS Backup cannot back up more often than hourly", () => {
  const sites = ["aws-paris", "aws-frankfurt"];
  const every = { mode: "backup", every: "30m", restoreTime: "1h" };
  expect(() => planData(C, "svc", service("backup-restore", sites, every), sitesOf(sites), "s3", strict)).toThrow(
    `${C}: AWS Backup runs at most once an hour, but services.svc.data.every is 1800s.`,
  );
});
