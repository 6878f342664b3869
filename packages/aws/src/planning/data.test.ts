import { parseValid } from "@relais/test-support";
import { componentPolicy, withServices } from "../testing/fixtures";
import { type DataSite, planData } from "./data";

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
const BACKUP = { mode: "backup", every: "6h", restoreTime: "1h" };

test("replication: a bucket per cloud site, the primary replicating to the failover sites", () => {
  const sites = ["aws-paris", "aws-frankfurt"];
  expect(planData(C, "svc", service("warm-standby", sites, ASYNC), sitesOf(sites), "s3")).toEqual({
    kind: "buckets",
    sites,
    replication: [{ from: "aws-paris", to: ["aws-frankfurt"] }],
  });
});

test("active-active replicates every site to every other", () => {
  const sites = ["aws-paris", "aws-frankfurt"];
  const plan = planData(C, "svc", service("active-active", sites, { mode: "sync-replication" }), sitesOf(sites), "s3");
  expect(plan).toMatchObject({
    replication: [
      { from: "aws-paris", to: ["aws-frankfurt"] },
      { from: "aws-frankfurt", to: ["aws-paris"] },
    ],
  });
});

test("storage: application creates nothing, and so does data.mode none", () => {
  const sites = ["osc-a", "osc-b"];
  expect(planData(C, "svc", service("warm-standby", sites, ASYNC), sitesOf(sites), "application")).toEqual({
    kind: "none",
  });
  expect(planData(C, "svc", service("warm-standby", sites, { mode: "none" }), sitesOf(sites), "s3")).toEqual({
    kind: "none",
  });
});

test("Outscale cannot replicate buckets: a construction error naming the site and the capability", () => {
  const sites = ["osc-a", "osc-b"];
  expect(() => planData(C, "svc", service("warm-standby", sites, ASYNC), sitesOf(sites), "s3")).toThrow(
    `${C}: site osc-a (outscale) has no s3Replication capability (S3 bucket replication), needed for the async-replication of svc.`,
  );
});

test("S3 does not replicate across partitions", () => {
  const sites = ["aws-paris", "eusc"];
  expect(() => planData(C, "svc", service("warm-standby", sites, ASYNC), sitesOf(sites), "s3")).toThrow(
    `${C}: S3 cannot replicate svc from aws-paris (partition aws) to eusc (partition aws-eusc).`,
  );
});

test("S3 replication cannot start at an external primary", () => {
  const sites = ["dc", "aws-paris"];
  expect(() => planData(C, "svc", service("warm-standby", sites, ASYNC), sitesOf(sites), "s3")).toThrow(
    `${C}: S3 replication for async-replication cannot start at dc, which is on-premises (an external workload).`,
  );
});

test("backup on AWS: AWS Backup with a copy to the failover site's region", () => {
  const sites = ["aws-paris", "aws-frankfurt"];
  expect(planData(C, "svc", service("backup-restore", sites, BACKUP), sitesOf(sites), "s3")).toEqual({
    kind: "aws-backup",
    site: "aws-paris",
    copyTo: "aws-frankfurt",
    schedule: { expression: "cron(0 0/6 * * ? *)", every: 21600 },
  });
});

test("backup copies only where the failover site has AWS Backup in the same partition", () => {
  for (const sites of [
    ["aws-paris", "eusc"],
    ["aws-paris", "osc-a"],
    ["aws-paris", "dc"],
  ]) {
    expect(planData(C, "svc", service("backup-restore", sites, BACKUP), sitesOf(sites), "s3")).toMatchObject({
      kind: "aws-backup",
      copyTo: null,
    });
  }
});

test("backup on Outscale: snapshots; from an external primary: a landing bucket at the first cloud site", () => {
  expect(
    planData(C, "svc", service("backup-restore", ["osc-a", "osc-b"], BACKUP), sitesOf(["osc-a", "osc-b"]), "s3"),
  ).toEqual({
    kind: "snapshots",
    site: "osc-a",
    every: 21600,
  });
  expect(
    planData(C, "svc", service("backup-restore", ["dc", "osc-b"], BACKUP), sitesOf(["dc", "osc-b"]), "s3"),
  ).toEqual({
    kind: "landing",
    site: "osc-b",
  });
});

test("AWS Backup cannot back up more often than hourly", () => {
  const sites = ["aws-paris", "aws-frankfurt"];
  const every = { mode: "backup", every: "30m", restoreTime: "1h" };
  expect(() => planData(C, "svc", service("backup-restore", sites, every), sitesOf(sites), "s3")).toThrow(
    `${C}: AWS Backup runs at most once an hour, but services.svc.data.every is 1800s.`,
  );
});
