import { installMocks, type Recorder, resolved, settleRegistrations } from "../testing/harness";

let recorder: Recorder = installMocks();

import { outscaleRisks, withServices, workload } from "../testing/fixtures";
import { ContinuityPlan } from "./continuity-plan";
import { ExternalWorkload } from "./external-workload";
import { FailoverService } from "./failover-service";

afterEach(() => settleRegistrations());

// For every strategy and provider: deploy, evacuate the primary with relais:evacuate, and read from the resources
// the next `pulumi up` would apply that the failover site serves and the evacuated site keeps its standby.

const STRATEGIES = ["active-active", "warm-standby", "pilot-light", "backup-restore"] as const;
type Strategy = (typeof STRATEGIES)[number];
const PAIRS = {
  aws: ["aws-paris", "aws-frankfurt"],
  "aws-eusc": ["eusc", "eusc-b"],
  outscale: ["osc-a", "osc-b"],
} as const;
const REQUIRED = 3;
const STANDBY = 1;
const DNS = { hostedZoneId: "Z", recordName: "svc.example" };

function policyFor(strategy: Strategy, sites: readonly string[]) {
  const policy = withServices({
    svc: {
      tier: "standard",
      strategy,
      sites: [...sites],
      capacity: { required: REQUIRED, standby: STANDBY, scaleUp: "10m" },
      traffic: {
        method: strategy === "active-active" ? "dns-weighted" : "dns-failover",
        healthCheck: { interval: "10s", failureThreshold: 3 },
        ttl: "60s",
      },
      data: { mode: "backup", every: "1d", restoreTime: "1h" },
    },
  });
  // The sovereign partition has one region: its two sites are two zones of it.
  policy.sites.eusc = { ...policy.sites.eusc, zone: "eusc-de-east-1a" };
  policy.sites["eusc-b"] = {
    provider: "aws-eusc",
    region: "eusc-de-east-1",
    zone: "eusc-de-east-1b",
    jurisdiction: "DE",
  };
  return policy;
}

const RISKS = [
  ...outscaleRisks("osc-a", "osc-b"),
  ...["eusc", "eusc-b"].map((site) => ({ site, capability: "backupCopy", reason: "one region in the partition" })),
];

/** Deploys the service on two sites (the first may be an external datacenter) and returns the plan. */
function deploy(strategy: Strategy, sites: readonly string[], evacuate?: string): ContinuityPlan {
  recorder = installMocks(evacuate ? { config: { "relais:evacuate": evacuate } } : {});
  const plan = new ContinuityPlan("p", { policy: policyFor(strategy, sites), env: {}, acceptRisks: RISKS as never });
  const workloads = Object.fromEntries(
    sites.map((site) => [
      site,
      site === "dc"
        ? new ExternalWorkload("svc-dc", { plan, service: "svc", site, endpoint: { address: "dc.origin.example" } })
        : workload(site),
    ]),
  );
  new FailoverService("svc", { plan, service: "svc", sites: workloads as never, dns: DNS });
  return plan;
}

/** Units that will run at a site: the Auto Scaling group's size, or the instances whose state is running. */
function running(site: string): number {
  const group = recorder.ofType("aws:autoscaling/group:Group").find((entry) => entry.name === `svc-${site}-asg`);
  if (group) {
    expect(group.inputs.minSize).toBe(group.inputs.desiredCapacity);
    return group.inputs.desiredCapacity;
  }
  return states(site).filter((state) => state === "running").length;
}

function states(site: string): string[] {
  return recorder
    .ofType("aws:ec2transitgateway/instanceState:InstanceState")
    .filter((entry) => entry.name.startsWith(`svc-${site}-vm-`))
    .map((entry) => entry.inputs.state);
}

/** The site DNS sends users to: the PRIMARY failover record's target, or the only weighted target with weight. */
function dnsPrimary(strategy: Strategy): string[] {
  const records = recorder.ofType("aws:route53/record:Record");
  if (strategy !== "active-active") {
    const primary = records.filter((record) => record.inputs.failoverRoutingPolicies?.[0]?.type === "PRIMARY");
    expect(primary.map((record) => record.inputs.setIdentifier)).toEqual(["primary"]);
    return primary[0].inputs.records;
  }
  return records
    .filter((record) => record.inputs.weightedRoutingPolicies[0].weight > 0)
    .map((record) => record.inputs.records[0]);
}

/** Units the evacuated site keeps: the strategy's standby (warm standby), none for the others. */
function keptStandby(strategy: Strategy): number {
  return strategy === "warm-standby" ? STANDBY : 0;
}

describe.each(Object.entries(PAIRS))("evacuating the primary on %s", (_provider, [primary, failover]) => {
  test.each(STRATEGIES)(
    "%s: the failover site runs required units and holds the DNS primary role",
    async (strategy) => {
      deploy(strategy, [primary, failover]);
      await settleRegistrations();
      const before = states(primary).length + states(failover).length;

      const plan = deploy(strategy, [primary, failover], primary);
      await settleRegistrations();
      expect(running(failover)).toBe(REQUIRED);
      expect(dnsPrimary(strategy)).toEqual([`${failover}.origin.example`]);
      expect(running(primary)).toBe(keptStandby(strategy));
      if (strategy !== "backup-restore" && before > 0) {
        // Instances are stopped or started, never removed with their states.
        expect(states(primary).length + states(failover).length).toBe(before);
        expect(states(primary)).toHaveLength(REQUIRED);
      }
      const manifest = await resolved(plan.manifest);
      expect(manifest.services[0].sites.map((site) => [site.site, site.role])).toEqual([
        [failover, strategy === "active-active" ? "active" : "primary"],
        [primary, "standby"],
      ]);
    },
  );
});

test.each([
  ["outscale", "osc-b"],
  ["aws", "aws-paris"],
])(
  "an on-premises primary evacuated to %s: the cloud site runs required units and takes the DNS primary role",
  async (_provider, cloud) => {
    for (const strategy of ["warm-standby", "pilot-light"] as const) {
      const plan = deploy(strategy, ["dc", cloud], "dc");
      await settleRegistrations();
      expect(running(cloud)).toBe(REQUIRED);
      expect(dnsPrimary(strategy)).toEqual([`${cloud}.origin.example`]);
      // The datacenter stays the failover target of the secondary record.
      const secondary = recorder.named("svc-secondary-record").inputs;
      expect(secondary.records).toEqual(["dc.origin.example"]);
      const manifest = await resolved(plan.manifest);
      expect(manifest.services[0].sites.map((site) => [site.site, site.role])).toEqual([
        [cloud, "primary"],
        ["dc", "standby"],
      ]);
    }
  },
);
