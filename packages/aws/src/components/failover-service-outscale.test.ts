import { installMocks, providerName, type Recorder, resolved, settleRegistrations } from "../testing/harness";

let recorder: Recorder = installMocks();

import * as pulumi from "@pulumi/pulumi";
import { outscaleRisks, withServices, workload } from "../testing/fixtures";
import { ContinuityPlan } from "./continuity-plan";
import { FailoverService } from "./failover-service";

beforeEach(() => {
  recorder = installMocks();
});
afterEach(() => settleRegistrations());

const ZONES = ["osc-a", "osc-b"];
const HEALTH = { interval: "10s", failureThreshold: 3 };

function stack(
  service: Record<string, unknown>,
  extra: Record<string, unknown> = {},
  sites?: Record<string, unknown>,
  acceptRisks: unknown[] = outscaleRisks(...ZONES),
) {
  const policy = withServices({ svc: service });
  const plan = new ContinuityPlan("p", { policy, env: {}, resilienceHub: false, acceptRisks: acceptRisks as never });
  const workloads = sites ?? Object.fromEntries((service.sites as string[]).map((site) => [site, workload(site)]));
  const component = new FailoverService("svc", { plan, service: "svc", sites: workloads as never, ...extra });
  return { plan, component };
}

const warm = {
  tier: "standard",
  strategy: "warm-standby",
  sites: ZONES,
  capacity: { required: 3, standby: 1, scaleUp: "4m" },
  traffic: { method: "manual" },
  data: { mode: "async-replication", lag: "30s" },
};

test("warm-standby on Outscale: required instances per site, the ones beyond desired stopped; no Route 53", async () => {
  const { plan } = stack(warm, { data: { storage: "application" } });
  await settleRegistrations();
  expect(recorder.inventory("svc-")).toEqual([
    "Instance svc-osc-a-vm-0",
    "Instance svc-osc-a-vm-1",
    "Instance svc-osc-a-vm-2",
    "Instance svc-osc-b-vm-0",
    "Instance svc-osc-b-vm-1",
    "Instance svc-osc-b-vm-2",
    "InstanceState svc-osc-a-vm-0-state",
    "InstanceState svc-osc-a-vm-1-state",
    "InstanceState svc-osc-a-vm-2-state",
    "InstanceState svc-osc-b-vm-0-state",
    "InstanceState svc-osc-b-vm-1-state",
    "InstanceState svc-osc-b-vm-2-state",
    "SecurityGroup svc-osc-a-sg",
    "SecurityGroup svc-osc-b-sg",
  ]);
  expect(recorder.named("svc-osc-b-vm-2-state").inputs).toEqual({ instanceId: "svc-osc-b-vm-2-id", state: "stopped" });
  expect(recorder.named("svc-osc-b-vm-0-state").inputs).toEqual({ instanceId: "svc-osc-b-vm-0-id", state: "running" });
  const manifest = await resolved(plan.manifest);
  expect(manifest.services[0].sites.map((site) => [site.site, site.role, site.desired])).toEqual([
    ["osc-a", "primary", 3],
    ["osc-b", "standby", 1],
  ]);
});

test("Outscale cannot require IMDSv2 or encrypt volumes through the API: a construction error unless acknowledged", async () => {
  let error: Error | undefined;
  try {
    stack(warm, { data: { storage: "application" } }, undefined, []);
  } catch (caught) {
    error = caught as Error;
  }
  expect(error?.message).toBe(
    'FailoverService "svc": site osc-a (outscale) cannot require token-protected instance metadata (IMDSv2) on the instances of svc (site osc-a, capability imdsv2).',
  );
  expect((error as { hint?: string }).hint).toBe(
    'keep secrets out of svc\'s user data and firewall the metadata address inside the image; or acknowledge it on the ContinuityPlan: acceptRisks: [{ site: "osc-a", capability: "imdsv2", reason: "…" }]',
  );
  await settleRegistrations();
  expect(recorder.inventory("svc-")).toEqual([]);
  const onlyImds = outscaleRisks(...ZONES).filter((risk) => risk.capability !== "ebsEncryption");
  expect(() => stack(warm, { data: { storage: "application" } }, undefined, onlyImds)).toThrow(
    'FailoverService "svc": site osc-a (outscale) cannot request encrypted volumes for the instances of svc (site osc-a, capability ebsEncryption).',
  );
});

test("Outscale instances (risks acknowledged): tinav types, spread over subnets, no IMDS or volume-encryption flags, no public IP", async () => {
  stack(warm, { data: { storage: "application" } });
  await settleRegistrations();
  const first = recorder.named("svc-osc-a-vm-0").inputs;
  expect(first).toMatchObject({
    ami: "ami-osc-a",
    instanceType: "tinav5.c2r4p2",
    subnetId: "subnet-osc-a-1",
    vpcSecurityGroupIds: ["svc-osc-a-sg-id"],
    associatePublicIpAddress: false,
    rootBlockDevice: { deleteOnTermination: true },
  });
  expect(first).not.toHaveProperty("metadataOptions");
  expect(first.rootBlockDevice).not.toHaveProperty("encrypted");
  expect(first.tags).toMatchObject({
    "relais:service": "svc",
    "relais:site": "osc-a",
    "relais:role": "primary",
    Name: "svc-osc-a-vm-0",
  });
  expect(first.volumeTags).toMatchObject({ "relais:service": "svc" });
  expect(recorder.named("svc-osc-a-vm-1").inputs.subnetId).toBe("subnet-osc-a-2");
  expect(providerName(recorder.named("svc-osc-b-vm-0").provider)).toBe("p-osc-b");
});

test("subnetIds may be an output of a list (awsx Vpc.privateSubnetIds): instances are spread over it", async () => {
  const subnets = pulumi.output(["subnet-x-1", "subnet-x-2"]);
  const sites = { "osc-a": workload("osc-a", { subnetIds: subnets }), "osc-b": workload("osc-b") };
  stack(warm, { data: { storage: "application" } }, sites);
  await settleRegistrations();
  expect(["vm-0", "vm-1", "vm-2"].map((vm) => recorder.named(`svc-osc-a-${vm}`).inputs.subnetId)).toEqual([
    "subnet-x-1",
    "subnet-x-2",
    "subnet-x-1",
  ]);
});

test("an explicit instance type is kept", async () => {
  stack(
    warm,
    { data: { storage: "application" } },
    {
      "osc-a": workload("osc-a", { instanceType: "tinav6.c4r8p1" }),
      "osc-b": workload("osc-b"),
    },
  );
  await settleRegistrations();
  expect(recorder.named("svc-osc-a-vm-0").inputs.instanceType).toBe("tinav6.c4r8p1");
});

test("load-balancer method: one LBU across the region's zones, every instance attached, the policy's health check", async () => {
  const { plan } = stack(
    {
      ...warm,
      strategy: "active-active",
      capacity: { required: 2, standby: 2 },
      traffic: { method: "load-balancer", healthCheck: { interval: "10s", failureThreshold: 2 } },
      data: { mode: "sync-replication" },
    },
    { data: { storage: "application" } },
  );
  await settleRegistrations();
  expect(recorder.names("aws:elb/loadBalancer:LoadBalancer")).toEqual(["svc-osc-a-lb"]);
  const balancer = recorder.named("svc-osc-a-lb");
  expect(providerName(balancer.provider)).toBe("p-osc-a");
  expect(balancer.inputs).toMatchObject({
    subnets: ["subnet-osc-a-1", "subnet-osc-a-2", "subnet-osc-b-1", "subnet-osc-b-2"],
    securityGroups: ["svc-osc-a-sg-id", "svc-osc-b-sg-id"],
    listeners: [{ instancePort: 443, instanceProtocol: "tcp", lbPort: 443, lbProtocol: "tcp" }],
    healthCheck: { target: "HTTPS:443/health", interval: 10, timeout: 5, unhealthyThreshold: 2, healthyThreshold: 2 },
  });
  expect(recorder.names("aws:elb/attachment:Attachment")).toEqual([
    "svc-osc-a-vm-0-lb",
    "svc-osc-a-vm-1-lb",
    "svc-osc-b-vm-0-lb",
    "svc-osc-b-vm-1-lb",
  ]);
  expect(recorder.named("svc-osc-b-vm-1-lb").inputs).toEqual({ elb: "svc-osc-a-lb-id", instance: "svc-osc-b-vm-1-id" });
  expect((await resolved(plan.manifest)).services[0].traffic).toEqual({
    method: "load-balancer",
    healthCheck: { interval: 10, failureThreshold: 2 },
    ttl: null,
    dns: null,
  });
});

test("backup-restore on Outscale: snapshots of the primary's instances, tagged with the interval", async () => {
  const { plan } = stack({
    tier: "standard",
    strategy: "backup-restore",
    sites: ZONES,
    capacity: { required: 2 },
    traffic: { method: "manual" },
    data: { mode: "backup", every: "6h", restoreTime: "2h" },
  });
  await settleRegistrations();
  expect(recorder.inventory("svc-")).toEqual([
    "Instance svc-osc-a-vm-0",
    "Instance svc-osc-a-vm-1",
    "InstanceState svc-osc-a-vm-0-state",
    "InstanceState svc-osc-a-vm-1-state",
    "SecurityGroup svc-osc-a-sg",
    "SecurityGroup svc-osc-b-sg",
    "Snapshot svc-osc-a-snapshot-0",
    "Snapshot svc-osc-a-snapshot-1",
  ]);
  expect(recorder.named("svc-osc-a-snapshot-1").inputs).toMatchObject({
    volumeId: "svc-osc-a-vm-1-root",
    tags: { "relais:service": "svc", "relais:site": "osc-a", "relais:snapshot-every": "21600" },
  });
  // One snapshot at deployment and no schedule: the manifest records no interval.
  expect((await resolved(plan.manifest)).services[0].data).toEqual({
    mode: "backup",
    mechanism: "snapshots",
    restoreTime: 7200,
    copyRegion: null,
  });
});

test("replication modes on Outscale need storage: application (OOS has no replication), checked before any child", async () => {
  expect(() => stack(warm)).toThrow(
    'FailoverService "svc": site osc-a (outscale) has no s3Replication capability (S3 bucket replication), needed for the async-replication of svc.',
  );
  await settleRegistrations();
  expect(recorder.inventory("svc-")).toEqual([]);
});

test("dns on a sovereign-only plan: Route 53 named on an Outscale site is a capability error", () => {
  const service = { ...warm, traffic: { method: "dns-failover", healthCheck: HEALTH } };
  expect(() =>
    stack(service, {
      data: { storage: "application" },
      dns: { hostedZoneId: "Z", recordName: "x.example", site: "osc-a" },
    }),
  ).toThrow(
    'FailoverService "svc": site osc-a (outscale) has no route53 capability (Route 53 health checks and records), needed for the health checks and records of svc.',
  );
});

test("a DNS site with an interval Route 53 cannot run is a construction error", () => {
  const service = {
    ...warm,
    traffic: { method: "dns-failover", healthCheck: { interval: "15s", failureThreshold: 3 } },
  };
  expect(() =>
    stack(service, {
      data: { storage: "application" },
      dns: { hostedZoneId: "Z", recordName: "x.example", site: "eusc" },
    }),
  ).toThrow(
    'FailoverService "svc": services.svc.traffic.healthCheck.interval is 15s, but Route 53 health checks run every 10s or 30s.',
  );
});

test("a site with compute but no address for DNS is a construction error that says how to give one", () => {
  const service = { ...warm, traffic: { method: "dns-failover", healthCheck: HEALTH } };
  const sites = { "osc-a": workload("osc-a"), "osc-b": workload("osc-b", { endpoint: undefined }) };
  delete (sites["osc-b"] as Record<string, unknown>).endpoint;
  expect(() =>
    stack(
      service,
      { data: { storage: "application" }, dns: { hostedZoneId: "Z", recordName: "x.example", site: "eusc" } },
      sites,
    ),
  ).toThrow('FailoverService "svc": site osc-b has no address for the Route 53 health check and record of svc.');
});

test("a per-site load balancer gives DNS its address", async () => {
  const service = { ...warm, traffic: { method: "dns-failover", healthCheck: HEALTH } };
  const sites = { "osc-a": workload("osc-a"), "osc-b": { ...workload("osc-b"), loadBalancer: true } };
  delete (sites["osc-b"] as Record<string, unknown>).endpoint;
  stack(
    service,
    { data: { storage: "application" }, dns: { hostedZoneId: "Z", recordName: "x.example", site: "eusc" } },
    sites,
  );
  await settleRegistrations();
  expect(recorder.names("aws:elb/loadBalancer:LoadBalancer")).toEqual(["svc-osc-b-lb"]);
  expect(recorder.named("svc-osc-b-health").inputs).toMatchObject({ fqdn: "svc-osc-b-lb.elb.example", type: "HTTPS" });
  expect(recorder.named("svc-secondary-record").inputs).toMatchObject({
    records: ["svc-osc-b-lb.elb.example"],
    failoverRoutingPolicies: [{ type: "SECONDARY" }],
  });
  expect(providerName(recorder.named("svc-secondary-record").provider)).toBe("p-eusc");
  // The alarms follow the sovereign partition's region.
  expect(recorder.named("svc-osc-b-alarm").inputs.region).toBe("eusc-de-east-1");
});
