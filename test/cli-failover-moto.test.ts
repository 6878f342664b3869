import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { manifest, placement, service } from "../packages/check/src/testing/manifests";
import {
  type Moto,
  motoImage,
  readBack,
  seedGroup,
  seedInstances,
  seedRecord,
  startMoto,
} from "../packages/failover/src/testing/moto";
import { runMain } from "./support/cli-in-process";
import { CLOUD_TEST_ENV } from "./support/cloud-env";

/**
 * `relais failover --execute` and `relais check` on an `aws` stack in moto (moto_server 5.2, a real AWS emulator,
 * required on every machine and in CI): tagged instances (two stopped) and an Auto Scaling group standby in
 * Frankfurt, a manual DNS record pointing at Paris. Paris is lost; afterwards, Describe* must show the standby
 * serving.
 */
const FRANKFURT = "eu-central-1";
let moto: Moto;
let dir: string;
let file: string;
let zoneId: string;

beforeAll(async () => {
  moto = await startMoto();
  dir = mkdtempSync(join(tmpdir(), "relais-moto-"));
  await seedInstances(moto.url, FRANKFURT, {
    service: "batch",
    site: "aws-frankfurt",
    role: "standby",
    count: 3,
    running: 1,
  });
  await seedGroup(moto.url, FRANKFURT, {
    name: "web-frankfurt",
    service: "web",
    site: "aws-frankfurt",
    role: "standby",
    desired: 1,
    max: 6,
  });
  zoneId = await seedRecord(moto.url, "example.com", "batch.example.com", "10.0.0.10");
  const image = await motoImage(moto.url, FRANKFURT);
  file = join(dir, "manifest.json");
  writeFileSync(
    file,
    JSON.stringify(
      manifest({
        sites: [
          { id: "aws-paris", provider: "aws", region: "eu-west-3", zone: null },
          { id: "aws-frankfurt", provider: "aws", region: FRANKFURT, zone: null },
        ],
        services: [
          service({
            service: "web",
            strategy: "pilot-light",
            capacity: { required: 3, standby: 1, scaleUp: 300 },
            sites: [
              placement({ site: "aws-paris", role: "primary", desired: 3 }),
              placement({ site: "aws-frankfurt", role: "standby", desired: 1, imageId: image }),
            ],
          }),
          service({
            service: "batch",
            capacity: { required: 3, standby: 1, scaleUp: 300 },
            traffic: { method: "manual", healthCheck: null, ttl: 60, dns: { zoneId, name: "batch.example.com" } },
            sites: [
              placement({
                site: "aws-paris",
                role: "primary",
                desired: 3,
                compute: "instances",
                dnsTarget: "10.0.0.10",
              }),
              placement({
                site: "aws-frankfurt",
                role: "standby",
                desired: 1,
                stopped: 2,
                compute: "instances",
                imageId: image,
                dnsTarget: "10.1.0.10",
              }),
            ],
          }),
        ],
      }),
    ),
  );
}, 60_000);

afterAll(async () => {
  await moto?.stop();
});

const env = { ...CLOUD_TEST_ENV, AWS_ACCESS_KEY_ID: "AKIDMOTO", AWS_SECRET_ACCESS_KEY: "moto" };
const endpoints = () => ["--endpoint", `aws-paris=${moto.url}`, "--endpoint", `aws-frankfurt=${moto.url}`];

const frankfurtState = () =>
  readBack(moto.url, FRANKFURT, { service: "batch", group: "web-frankfurt", zoneId, name: "batch.example.com" });

interface CheckJson {
  sites: Array<{
    site: string;
    checks: Array<{ check: string; service: string | null; status: string; actual: unknown }>;
  }>;
  summary: { ready: number; notReady: number; unknown: number };
}

describe("against moto", () => {
  test("relais check reads the standby site as ready", async () => {
    const run = await runMain(["check", file, ...endpoints(), "--site", "aws-frankfurt", "--format", "json"], { env });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as CheckJson;
    expect(report.summary).toEqual({ ready: 5, notReady: 0, unknown: 0 });
    const batch = report.sites[0]!.checks.find((c) => c.check === "standby-running" && c.service === "batch");
    expect(batch).toMatchObject({ status: "ready", actual: 1 });
  });

  test("relais failover --execute --yes: instances run, desired capacity is required, the record moved", async () => {
    expect(await frankfurtState()).toEqual({
      instances: ["running", "stopped", "stopped"],
      group: { min: 1, desired: 1 },
      record: ["10.0.0.10"],
    });
    const run = await runMain(
      ["failover", file, "--site", "aws-paris", "--execute", "--yes", "--format", "json", ...endpoints()],
      { env, cwd: dir },
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { steps: Array<{ service: string; action: string; status: string }> };
    expect(report.steps.map((step) => `${step.service} ${step.action} ${step.status}`)).toEqual([
      "web SetDesiredCapacity done",
      "batch StartInstances done",
      "batch ChangeResourceRecordSets done",
    ]);
    expect(await frankfurtState()).toEqual({
      instances: ["running", "running", "running"],
      group: { min: 1, desired: 3 },
      record: ["10.1.0.10"],
    });
    // A journal of its own: the default name has a one-second resolution, and a run within the same second would
    // resume the first run's journal instead of reading the cloud's state, which is what this re-run is about.
    const again = await runMain(
      [
        "failover",
        file,
        "--site",
        "aws-paris",
        "--execute",
        "--yes",
        "--format",
        "json",
        "--journal",
        "again.jsonl",
        ...endpoints(),
      ],
      { env, cwd: dir },
    );
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).steps.map((step: { status: string }) => step.status)).toEqual([
      "already",
      "already",
      "already",
    ]);
    const check = await runMain(["check", file, ...endpoints(), "--site", "aws-frankfurt", "--format", "json"], {
      env,
    });
    const batch = (JSON.parse(check.stdout) as CheckJson).sites[0]!.checks.find(
      (c) => c.check === "standby-running" && c.service === "batch",
    );
    expect(batch).toMatchObject({ status: "ready", actual: 3 });
  });
});
