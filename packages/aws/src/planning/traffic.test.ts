import type { Placement } from "./placement";
import { elbHealthCheck, planHealthChecks, planLoadBalancers, planRecords, type TrafficSite } from "./traffic";

const placements: Placement[] = [
  { site: "a", role: "primary", desired: 4, evacuated: false },
  { site: "b", role: "standby", desired: 1, evacuated: false },
  { site: "c", role: "standby", desired: 1, evacuated: false },
];
const all = new Set(["a", "b", "c"]);

function site(id: string, region: string, extra: Partial<TrafficSite> = {}): TrafficSite {
  return { site: id, provider: "outscale", region, compute: "instances", wantsLoadBalancer: false, ...extra };
}

test("dns-failover: records keyed by role, PRIMARY then SECONDARY; the third site gets no record", () => {
  expect(planRecords("dns-failover", placements, all, [])).toEqual([
    { key: "primary", target: "a", routing: { kind: "failover", type: "PRIMARY" } },
    { key: "secondary", target: "b", routing: { kind: "failover", type: "SECONDARY" } },
  ]);
});

test("dns-failover: an evacuation moves the roles' targets, never a record's type", () => {
  const evacuated: Placement[] = [placements[1], { ...placements[0], role: "standby", desired: 1, evacuated: true }];
  const before = planRecords("dns-failover", placements, all, []);
  const after = planRecords("dns-failover", evacuated, all, []);
  expect(after.map((record) => [record.key, record.routing])).toEqual(
    before.map((record) => [record.key, record.routing]),
  );
  expect(after.map((record) => record.target)).toEqual(["b", "a"]);
});

test("dns-weighted: weighted by running units, standby sites at 0", () => {
  const active: Placement[] = placements.map((p) => ({ ...p, role: "active", desired: 2 }));
  expect(planRecords("dns-weighted", active, all, []).map((r) => r.routing)).toEqual([
    { kind: "weighted", weight: 2 },
    { kind: "weighted", weight: 2 },
    { kind: "weighted", weight: 2 },
  ]);
  expect(planRecords("dns-weighted", placements, all, []).map((r) => r.routing)).toEqual([
    { kind: "weighted", weight: 4 },
    { kind: "weighted", weight: 0 },
    { kind: "weighted", weight: 0 },
  ]);
});

test("manual: one simple record to the primary", () => {
  expect(planRecords("manual", placements, all, [])).toEqual([
    { key: "primary", target: "a", routing: { kind: "simple" } },
  ]);
});

test("load-balancer: one simple record to the primary's load balancer, one health check per load balancer", () => {
  const balancers = [
    { site: "a", sites: ["a", "b"] },
    { site: "c", sites: ["c"] },
  ];
  expect(planRecords("load-balancer", placements, all, balancers)).toEqual([
    { key: "primary", target: "a", routing: { kind: "simple" } },
  ]);
  expect(planHealthChecks("load-balancer", placements, all, balancers)).toEqual(["a", "c"]);
});

test("placements without an address get no record or health check", () => {
  expect(planRecords("dns-failover", placements, new Set(["a", "c"]), []).map((r) => r.target)).toEqual(["a", "c"]);
  expect(planHealthChecks("manual", placements, new Set(["b"]), [])).toEqual(["b"]);
});

test("load-balancer method: one load balancer per provider region, fronting its zones", () => {
  const sites = [site("a", "eu-west-2"), site("b", "eu-west-2"), site("c", "cloudgouv-eu-west-1")];
  expect(planLoadBalancers("load-balancer", sites)).toEqual([
    { site: "a", sites: ["a", "b"] },
    { site: "c", sites: ["c"] },
  ]);
});

test("other methods: a load balancer per site that asks for one; sites without compute never get one", () => {
  const sites = [
    site("a", "eu-west-2", { wantsLoadBalancer: true }),
    site("b", "eu-west-2"),
    site("c", "eu-west-2", { wantsLoadBalancer: true, compute: "none" }),
  ];
  expect(planLoadBalancers("dns-failover", sites)).toEqual([{ site: "a", sites: ["a"] }]);
});

test("ELB health checks keep the policy's settings within ELB's bounds", () => {
  expect(elbHealthCheck({ interval: 10, failureThreshold: 3 })).toEqual({
    interval: 10,
    unhealthyThreshold: 3,
    healthyThreshold: 2,
    timeout: 5,
  });
  expect(elbHealthCheck({ interval: 2, failureThreshold: 1 })).toEqual({
    interval: 5,
    unhealthyThreshold: 2,
    healthyThreshold: 2,
    timeout: 4,
  });
  expect(elbHealthCheck({ interval: 600, failureThreshold: 10 }).interval).toBe(300);
});
