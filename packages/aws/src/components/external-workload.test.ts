import { installMocks, providerName, type Recorder, resolved, settleRegistrations } from "../testing/harness";

let recorder: Recorder = installMocks();

import { outscaleRisks, withServices, workload } from "../testing/fixtures";
import { ContinuityPlan } from "./continuity-plan";
import { CrisisCell } from "./crisis-cell";
import { ExternalWorkload } from "./external-workload";
import { FailoverService } from "./failover-service";

beforeEach(() => {
  recorder = installMocks();
});
afterEach(() => settleRegistrations());

/** The interview's company: its own datacenter primary, an Outscale standby. */
const legacy = {
  tier: "standard",
  strategy: "warm-standby",
  sites: ["dc", "osc-b"],
  capacity: { required: 2, standby: 1, scaleUp: "10m" },
  traffic: { method: "dns-failover", healthCheck: { interval: "30s", failureThreshold: 3 }, ttl: "60s" },
  data: { mode: "backup", every: "1d", restoreTime: "2h" },
};

function plan(name = "p", services: Record<string, unknown> = { legacy }) {
  const acceptRisks = outscaleRisks("osc-a", "osc-b") as never;
  return new ContinuityPlan(name, { policy: withServices(services), env: {}, resilienceHub: false, acceptRisks });
}

test("an on-premises primary with an Outscale standby: nothing at the datacenter, a landing bucket for its backups", async () => {
  const p = plan();
  const dc = new ExternalWorkload("legacy-dc", {
    plan: p,
    service: "legacy",
    site: "dc",
    endpoint: { address: "203.0.113.10", port: 8443, protocol: "HTTPS", path: "/status" },
    imageId: "rhel-9-golden",
  });
  new FailoverService("legacy", { plan: p, service: "legacy", sites: { dc, "osc-b": workload("osc-b") as never } });
  await settleRegistrations();
  expect(recorder.inventory("legacy-")).toEqual([
    "Bucket legacy-osc-b-backups",
    "BucketAcl legacy-osc-b-backups-acl",
    "BucketPolicy legacy-osc-b-backups-tls-only",
    "BucketServerSideEncryptionConfiguration legacy-osc-b-backups-encryption",
    "BucketVersioning legacy-osc-b-backups-versioning",
    "ExternalWorkload legacy-dc",
    "Instance legacy-osc-b-vm-0",
    "Instance legacy-osc-b-vm-1",
    "InstanceState legacy-osc-b-vm-0-state",
    "InstanceState legacy-osc-b-vm-1-state",
    "SecurityGroup legacy-osc-b-sg",
  ]);
  expect(recorder.named("legacy-osc-b-backups-acl").inputs.acl).toBe("private");
  expect(providerName(recorder.named("legacy-osc-b-backups").provider)).toBe("p-osc-b");
  expect(dc.target).toEqual({
    address: "203.0.113.10",
    addressType: "ip",
    port: 8443,
    protocol: "HTTPS",
    path: "/status",
  });
  const manifest = await resolved(p.manifest);
  expect(manifest.services[0].sites).toEqual([
    {
      site: "dc",
      role: "primary",
      desired: 2,
      stopped: 0,
      compute: "external",
      dnsTarget: null,
      imageId: "rhel-9-golden",
      external: true,
    },
    {
      site: "osc-b",
      role: "standby",
      desired: 1,
      stopped: 1,
      compute: "instances",
      dnsTarget: null,
      imageId: "ami-osc-b",
      external: false,
    },
  ]);
  expect(manifest.sites.map((site) => site.id)).toEqual(["osc-b", "dc"]);
});

test("monitor: a Route 53 health check and an alarm to the crisis cell; the service's DNS reuses the check", async () => {
  const p = plan();
  const crisis = new CrisisCell("crisis", { plan: p, topicRegion: "us-east-1" });
  const dc = new ExternalWorkload("legacy-dc", {
    plan: p,
    service: "legacy",
    site: "dc",
    endpoint: { address: "legacy.dc.example" },
    units: 3,
    monitor: true,
    crisisCell: crisis,
  });
  const service = new FailoverService("legacy", {
    plan: p,
    service: "legacy",
    sites: { dc, "osc-b": workload("osc-b") as never },
    dns: { hostedZoneId: "Z", recordName: "legacy.example" },
    crisisCell: crisis,
  });
  await settleRegistrations();
  expect(recorder.inventory("legacy-dc")).toEqual([
    "ExternalWorkload legacy-dc",
    "HealthCheck legacy-dc-health",
    "MetricAlarm legacy-dc-alarm",
  ]);
  expect(recorder.named("legacy-dc-health").inputs).toMatchObject({
    type: "HTTPS",
    fqdn: "legacy.dc.example",
    port: 443,
    resourcePath: "/health",
    requestInterval: 30,
    failureThreshold: 3,
    tags: { "relais:service": "legacy", "relais:site": "dc", "relais:role": "primary" },
  });
  expect(providerName(recorder.named("legacy-dc-health").provider)).toBe("p-aws-paris");
  expect(recorder.names("aws:route53/healthCheck:HealthCheck")).toEqual(["legacy-dc-health", "legacy-osc-b-health"]);
  expect(recorder.names("aws:cloudwatch/metricAlarm:MetricAlarm")).toEqual(["legacy-dc-alarm", "legacy-osc-b-alarm"]);
  expect(recorder.named("legacy-primary-record").inputs).toMatchObject({
    type: "CNAME",
    records: ["legacy.dc.example"],
    failoverRoutingPolicies: [{ type: "PRIMARY" }],
    healthCheckId: "legacy-dc-health-id",
  });
  expect(service.healthChecks.dc).toBe(dc.healthCheck);
  const manifest = await resolved(p.manifest);
  expect(manifest.services[0].sites[0]).toEqual({
    site: "dc",
    role: "primary",
    desired: 3,
    stopped: 0,
    compute: "external",
    // The primary record answers with the datacenter's address.
    dnsTarget: "legacy.dc.example",
    imageId: null,
    external: true,
  });
  expect(manifest.crisisCell).toEqual({ vaultSite: "aws-paris", topic: true });
});

describe("construction errors", () => {
  test("the service must be in the policy, and the site one of its sites", () => {
    const p = plan();
    expect(
      () => new ExternalWorkload("x", { plan: p, service: "ghost", site: "dc", endpoint: { address: "a" } }),
    ).toThrow('ExternalWorkload "x": service ghost is not in policy fixture.');
    expect(
      () => new ExternalWorkload("y", { plan: p, service: "legacy", site: "osc-a", endpoint: { address: "a" } }),
    ).toThrow('ExternalWorkload "y": site osc-a is not a site of service legacy (sites: dc, osc-b).');
  });

  test("monitoring needs Route 53 somewhere in the plan", () => {
    const policy = withServices({ legacy });
    policy.sites = { dc: policy.sites.dc, "osc-b": policy.sites["osc-b"] };
    const p = new ContinuityPlan("sovereign", { policy, env: {} });
    expect(
      () =>
        new ExternalWorkload("z", {
          plan: p,
          service: "legacy",
          site: "dc",
          endpoint: { address: "a" },
          monitor: true,
        }),
    ).toThrow('ExternalWorkload "z": monitor needs Route 53, but no site of policy fixture offers route53.');
  });

  test("an on-premises site of a FailoverService must be passed, as an ExternalWorkload of that service and site", () => {
    const p = plan("p", {
      legacy,
      other: { ...legacy, sites: ["dc", "osc-a"] },
    });
    expect(
      () => new FailoverService("a", { plan: p, service: "legacy", sites: { "osc-b": workload("osc-b") as never } }),
    ).toThrow('FailoverService "a": site dc of service legacy is not passed in sites.');
    expect(
      () =>
        new FailoverService("b", {
          plan: p,
          service: "legacy",
          sites: { dc: workload("dc") as never, "osc-b": workload("osc-b") as never },
        }),
    ).toThrow('FailoverService "b": sites.dc: site dc is on-premises; the stack cannot run compute there.');
    const other = new ExternalWorkload("other-dc", {
      plan: p,
      service: "other",
      site: "dc",
      endpoint: { address: "a" },
    });
    expect(
      () =>
        new FailoverService("c", {
          plan: p,
          service: "legacy",
          sites: { dc: other, "osc-b": workload("osc-b") as never },
        }),
    ).toThrow('FailoverService "c": sites.dc: the ExternalWorkload serves other at dc, not legacy at dc.');
  });

  test("endpoint settings are validated", () => {
    const p = plan();
    expect(
      () =>
        new ExternalWorkload("bad", {
          plan: p,
          service: "legacy",
          site: "dc",
          endpoint: { address: "a", port: 70000, path: "health" },
        }),
    ).toThrow(
      /ExternalWorkload "bad": invalid arguments: endpoint\.port: .*; endpoint\.path: a health-check path starts with \//,
    );
  });
});
