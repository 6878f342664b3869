import { installMocks, type Recorder, resolved, settleRegistrations } from "../testing/harness";

let recorder: Recorder = installMocks();

import { componentPolicy, outscaleRisks, withServices, workload } from "../testing/fixtures";
import { ContinuityPlan } from "./continuity-plan";
import { ExternalWorkload } from "./external-workload";
import { FailoverService } from "./failover-service";

afterEach(() => settleRegistrations());

const DNS = { hostedZoneId: "Z", recordName: "api.example.com" };

function awsStack() {
  const plan = new ContinuityPlan("p", { policy: componentPolicy(), env: {}, resilienceHub: false });
  const sites = { "aws-paris": workload("aws-paris"), "aws-frankfurt": workload("aws-frankfurt") } as never;
  new FailoverService("api", { plan, service: "api", sites, dns: DNS });
  return plan;
}

test("relais:evacuate moves the DNS primary, the capacity and the roles to the failover site", async () => {
  recorder = installMocks({ config: { "relais:evacuate": "aws-paris" } });
  const plan = awsStack();
  await settleRegistrations();
  expect(recorder.named("api-primary-record").inputs).toMatchObject({
    failoverRoutingPolicies: [{ type: "PRIMARY" }],
    records: ["aws-frankfurt.origin.example"],
    healthCheckId: "api-aws-frankfurt-health-id",
  });
  expect(recorder.named("api-secondary-record").inputs).toMatchObject({
    failoverRoutingPolicies: [{ type: "SECONDARY" }],
    records: ["aws-paris.origin.example"],
    healthCheckId: "api-aws-paris-health-id",
  });
  expect(recorder.named("api-aws-frankfurt-asg").inputs).toMatchObject({ minSize: 4, maxSize: 4, desiredCapacity: 4 });
  expect(recorder.named("api-aws-paris-asg").inputs).toMatchObject({ minSize: 1, maxSize: 4, desiredCapacity: 1 });
  expect(recorder.named("api-aws-paris-lt").inputs.tags["relais:role"]).toBe("standby");
  expect(recorder.named("api-aws-frankfurt-health").inputs.tags["relais:role"]).toBe("primary");
  const manifest = await resolved(plan.manifest);
  expect(manifest.evacuate).toBe("aws-paris");
  expect(manifest.services[0].sites.map((site) => [site.site, site.role, site.desired])).toEqual([
    ["aws-frankfurt", "primary", 4],
    ["aws-paris", "standby", 1],
  ]);
});

test("the data layer stays where the policy puts it: replication still runs from the policy's primary", async () => {
  recorder = installMocks({ config: { "relais:evacuate": "aws-paris" } });
  awsStack();
  await settleRegistrations();
  expect(recorder.names("aws:s3/bucketReplicationConfig:BucketReplicationConfig")).toEqual([
    "api-aws-paris-replication-config",
  ]);
});

test("the same program without evacuation keeps the policy's primary", async () => {
  recorder = installMocks();
  awsStack();
  await settleRegistrations();
  expect(recorder.named("api-primary-record").inputs.records).toEqual(["aws-paris.origin.example"]);
  expect(recorder.named("api-aws-paris-asg").inputs.desiredCapacity).toBe(4);
});

test("evacuating an on-premises primary starts the Outscale standby's stopped instances", async () => {
  const legacy = {
    tier: "standard",
    strategy: "warm-standby",
    sites: ["dc", "osc-b"],
    capacity: { required: 3, standby: 1, scaleUp: "10m" },
    traffic: { method: "manual" },
    data: { mode: "backup", every: "1d", restoreTime: "1h" },
  };
  const build = () => {
    const acceptRisks = outscaleRisks("osc-b") as never;
    const plan = new ContinuityPlan("p", {
      policy: withServices({ legacy }),
      env: {},
      resilienceHub: false,
      acceptRisks,
    });
    const dc = new ExternalWorkload("legacy-dc", {
      plan,
      service: "legacy",
      site: "dc",
      endpoint: { address: "dc.example" },
    });
    new FailoverService("legacy", { plan, service: "legacy", sites: { dc, "osc-b": workload("osc-b") as never } });
    return plan;
  };
  recorder = installMocks();
  build();
  await settleRegistrations();
  const states = () =>
    recorder
      .ofType("aws:ec2transitgateway/instanceState:InstanceState")
      .map((state) => [state.name, state.inputs.state]);
  expect(states()).toEqual([
    ["legacy-osc-b-vm-0-state", "running"],
    ["legacy-osc-b-vm-1-state", "stopped"],
    ["legacy-osc-b-vm-2-state", "stopped"],
  ]);
  recorder = installMocks({ config: { "relais:evacuate": "dc" } });
  const plan = build();
  await settleRegistrations();
  expect(recorder.names("aws:ec2/instance:Instance")).toEqual([
    "legacy-osc-b-vm-0",
    "legacy-osc-b-vm-1",
    "legacy-osc-b-vm-2",
  ]);
  // The same states, never deleted (deleting one would leave the instance stopped): all running now.
  expect(states()).toEqual([
    ["legacy-osc-b-vm-0-state", "running"],
    ["legacy-osc-b-vm-1-state", "running"],
    ["legacy-osc-b-vm-2-state", "running"],
  ]);
  const manifest = await resolved(plan.manifest);
  expect(manifest.services[0].sites).toEqual([
    {
      site: "osc-b",
      role: "primary",
      desired: 3,
      stopped: 0,
      compute: "instances",
      dnsTarget: null,
      imageId: "ami-osc-b",
      external: false,
    },
    {
      site: "dc",
      role: "standby",
      desired: 1,
      stopped: 0,
      compute: "external",
      dnsTarget: null,
      imageId: null,
      external: true,
    },
  ]);
});

test("evacuating the only site of a service is a construction error", async () => {
  recorder = installMocks({ config: { "relais:evacuate": "osc-a" } });
  const solo = {
    tier: "standard",
    strategy: "warm-standby",
    sites: ["osc-a"],
    capacity: { required: 1 },
    traffic: { method: "manual" },
    data: { mode: "backup", every: "1d", restoreTime: "1h" },
  };
  const plan = new ContinuityPlan("p", { policy: withServices({ solo }), env: {}, resilienceHub: false });
  expect(
    () => new FailoverService("solo", { plan, service: "solo", sites: { "osc-a": workload("osc-a") as never } }),
  ).toThrow('FailoverService "solo": cannot evacuate site osc-a: service solo runs on no other site.');
});
