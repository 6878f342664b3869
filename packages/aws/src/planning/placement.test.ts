import { parseValid } from "@relais/test-support";
import { withServices } from "../testing/fixtures";
import { planPlacements } from "./placement";

const CAPACITY = { required: 4, standby: 1, scaleUp: "4m" };
const TRAFFIC = { method: "dns-failover", healthCheck: { interval: "10s", failureThreshold: 3 }, ttl: "60s" };

function service(strategy: string, sites: string[], extra: Record<string, unknown> = {}) {
  const data =
    strategy === "backup-restore" ? { mode: "backup", every: "1h", restoreTime: "10m" } : { mode: "sync-replication" };
  const policy = parseValid(
    withServices({ svc: { tier: "standard", strategy, sites, capacity: CAPACITY, traffic: TRAFFIC, data, ...extra } }),
  );
  return policy.services.svc;
}

const THREE = ["aws-paris", "aws-frankfurt", "eusc"];

test("active-active runs standby units at every site", () => {
  expect(planPlacements("c", "svc", service("active-active", THREE), null)).toEqual([
    { site: "aws-paris", role: "active", desired: 1, evacuated: false },
    { site: "aws-frankfurt", role: "active", desired: 1, evacuated: false },
    { site: "eusc", role: "active", desired: 1, evacuated: false },
  ]);
});

test("warm-standby runs required at the primary and standby at each failover site", () => {
  expect(
    planPlacements("c", "svc", service("warm-standby", THREE), null).map((p) => [p.site, p.role, p.desired]),
  ).toEqual([
    ["aws-paris", "primary", 4],
    ["aws-frankfurt", "standby", 1],
    ["eusc", "standby", 1],
  ]);
});

test.each(["pilot-light", "backup-restore"])("%s runs required at the primary and nothing elsewhere", (strategy) => {
  expect(planPlacements("c", "svc", service(strategy, THREE), null).map((p) => p.desired)).toEqual([4, 0, 0]);
});

test("evacuating a failover primary promotes the next site and moves the evacuated one last, as standby", () => {
  expect(planPlacements("c", "svc", service("warm-standby", THREE), "aws-paris")).toEqual([
    { site: "aws-frankfurt", role: "primary", desired: 4, evacuated: false },
    { site: "eusc", role: "standby", desired: 1, evacuated: false },
    { site: "aws-paris", role: "standby", desired: 1, evacuated: true },
  ]);
});

test("evacuating a standby site only moves it to the end of the failover order", () => {
  expect(planPlacements("c", "svc", service("pilot-light", THREE), "aws-frankfurt").map((p) => p.site)).toEqual([
    "aws-paris",
    "eusc",
    "aws-frankfurt",
  ]);
});

test("evacuating an active-active site takes its traffic away and raises the others to their share", () => {
  expect(planPlacements("c", "svc", service("active-active", THREE), "eusc")).toEqual([
    { site: "aws-paris", role: "active", desired: 2, evacuated: false },
    { site: "aws-frankfurt", role: "active", desired: 2, evacuated: false },
    { site: "eusc", role: "standby", desired: 0, evacuated: true },
  ]);
});

test("evacuating a site the service does not use changes nothing", () => {
  const spec = service("warm-standby", THREE);
  expect(planPlacements("c", "svc", spec, "osc-a")).toEqual(planPlacements("c", "svc", spec, null));
});

test("a service cannot be evacuated from its only site", () => {
  expect(() =>
    planPlacements('FailoverService "x"', "svc", service("warm-standby", ["aws-paris"]), "aws-paris"),
  ).toThrow('FailoverService "x": cannot evacuate site aws-paris: service svc runs on no other site.');
});
