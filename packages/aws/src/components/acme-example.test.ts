import { type Inputs, installMocks, type Recorder, resolved, settleRegistrations } from "../testing/harness";

let recorder: Recorder = installMocks();

import { Manifest } from "@relais/policy";
import { examplePolicyText } from "@relais/test-support";
import { parse } from "yaml";
import { buildAcmeStack } from "../testing/acme-stack";

/**
 * The example policy as a component-friendly variant: the on-premises room that hosts the restricted
 * legacy-settlement service is declared SecNumCloud-qualified, so the `data-residency` rule passes whatever the
 * example says of it today. Everything else is the example as written.
 */
function examplePolicy(): Inputs {
  const policy = parse(examplePolicyText());
  const room = policy.sites["dc-velizy"];
  room.qualifications = [...new Set([...(room.qualifications ?? []), "secnumcloud"])];
  return policy;
}

afterEach(() => settleRegistrations());

function countByType(lines: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of lines) {
    const type = line.split(" ")[0];
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
}

test("the example policy's stack builds under mocks with the expected resources", async () => {
  recorder = installMocks();
  buildAcmeStack(examplePolicy());
  await settleRegistrations();
  expect(countByType(recorder.inventory())).toEqual({
    // Providers: the four cloud sites; none for dc-velizy (on-premises) or hq (office).
    aws: 4,
    ContinuityPlan: 1,
    CrisisCell: 1,
    ExternalWorkload: 1,
    FailoverService: 6,
    // One Resilience Hub policy per service with a sovereign site.
    V2Policy: 3,
    Topic: 1,
    TopicSubscription: 4,
    // The crisis vault on gov-a and the landing bucket of legacy-settlement's on-premises backups on gov-b.
    Bucket: 2,
    BucketAcl: 2,
    BucketVersioning: 2,
    BucketServerSideEncryptionConfiguration: 2,
    BucketObjectv2: 1,
    // Both buckets deny plain HTTP; the vault on Outscale has Object Lock instead of a public access block.
    BucketPolicy: 2,
    BucketObjectLockConfiguration: 1,
    SecurityGroup: 11,
    // payments-api 8+8, ledger-db 6+6, fraud-scoring 4 at osc-paris, merchant-portal 4 at osc-paris, reporting 2.
    Instance: 38,
    // Every instance has a state that always exists: running or stopped.
    InstanceState: 38,
    LaunchTemplate: 2,
    Group: 2,
    LoadBalancer: 1,
    Attachment: 12,
    HealthCheck: 6,
    // No alarm on the pilot-light standby of fraud-scoring: it has no capacity on purpose.
    MetricAlarm: 5,
    Policy: 2,
    Record: 6,
    Snapshot: 2,
  });
});

test("the manifest describes the deployed example", async () => {
  recorder = installMocks();
  const plan = buildAcmeStack(examplePolicy());
  const manifest = Manifest.parse(await resolved(plan.manifest));
  expect(manifest.policy).toBe("acme-payments");
  expect(manifest.sites.map((site) => site.id)).toEqual([
    "gov-a",
    "gov-b",
    "osc-paris",
    "eusc-brandenburg",
    "dc-velizy",
  ]);
  expect(
    manifest.services.map((service) => [
      service.service,
      service.sites.map((site) => `${site.site}:${site.role}:${site.desired}${site.external ? ":external" : ""}`),
    ]),
  ).toEqual([
    ["payments-api", ["gov-a:primary:8", "gov-b:standby:2"]],
    ["ledger-db", ["gov-a:active:6", "gov-b:active:6"]],
    ["fraud-scoring", ["osc-paris:primary:4", "eusc-brandenburg:standby:0"]],
    ["merchant-portal", ["eusc-brandenburg:primary:4", "osc-paris:standby:1"]],
    ["legacy-settlement", ["dc-velizy:primary:2:external", "gov-b:standby:0"]],
    ["reporting", ["osc-paris:primary:2", "eusc-brandenburg:standby:0"]],
  ]);
  const byId = Object.fromEntries(manifest.services.map((service) => [service.service, service]));
  expect(byId["payments-api"].traffic).toEqual({
    method: "dns-failover",
    healthCheck: { interval: 10, failureThreshold: 3 },
    ttl: 60,
    dns: { zoneId: "ZACME", name: "pay.acme.example" },
  });
  expect(byId["ledger-db"].traffic).toEqual({
    method: "load-balancer",
    healthCheck: { interval: 10, failureThreshold: 2 },
    ttl: null,
    dns: null,
  });
  expect(byId["legacy-settlement"].traffic).toEqual({ method: "manual", healthCheck: null, ttl: null, dns: null });
  expect(byId["legacy-settlement"].sites[0].imageId).toBe("zos-2.5");
  // One snapshot at deployment, no schedule on Outscale: no interval is recorded.
  expect(byId.reporting.data).toEqual({
    mode: "backup",
    mechanism: "snapshots",
    restoreTime: 14400,
    copyRegion: null,
  });
  expect(manifest.crisisCell).toEqual({ vaultSite: "gov-a", topic: true });
  await settleRegistrations();
});

test("evacuating gov-a moves payments-api and ledger-db off it", async () => {
  recorder = installMocks({ config: { "relais:evacuate": "gov-a" } });
  const manifest = await resolved(buildAcmeStack(examplePolicy()).manifest);
  expect(manifest.evacuate).toBe("gov-a");
  const byId = Object.fromEntries(manifest.services.map((service) => [service.service, service]));
  expect(byId["payments-api"].sites.map((site) => [site.site, site.role, site.desired])).toEqual([
    ["gov-b", "primary", 8],
    ["gov-a", "standby", 2],
  ]);
  expect(byId["ledger-db"].sites.map((site) => [site.site, site.role, site.desired])).toEqual([
    ["gov-b", "active", 6],
    ["gov-a", "standby", 0],
  ]);
  expect(byId.reporting.sites[0].site).toBe("osc-paris");
  await settleRegistrations();
  const states = (site: string) =>
    recorder
      .ofType("aws:ec2transitgateway/instanceState:InstanceState")
      .filter((state) => state.name.startsWith(`ledger-db-${site}-`))
      .map((state) => state.inputs.state);
  expect(states("gov-b")).toEqual(Array(6).fill("running"));
  expect(states("gov-a")).toEqual(Array(6).fill("stopped"));
});
