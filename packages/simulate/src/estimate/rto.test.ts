import { simulate } from "../simulate";
import { type Input, lose, policyOf, service } from "../testing/fixtures";

/** The estimate of service `api` when site a (its primary) is lost. */
function lossOfA(api: Input, sections: Input = {}) {
  const result = simulate(policyOf({ api }, sections), lose("a"));
  return result.services[0];
}

describe("RTO terms (hand-computed)", () => {
  it("adds detection, decision, switch and recovery for a DNS warm standby", () => {
    // 10s × 3 = 30s detection, 0 decision, 60s TTL, standby 1 < required 4 → scaleUp 4m.
    const api = lossOfA(service());
    expect(api.rto).toEqual({
      estimate: 330,
      target: 900,
      breakdown: { detection: 30, decision: 0, switch: 60, recovery: 240, dependencies: 0 },
    });
    expect(api.failoverSite).toBe("b");
    expect(api.activeSites).toEqual(["a"]);
  });

  it("uses the defaults: health check 30s × 3, TTL 60s, standby 1 and scaleUp 5m", () => {
    const api = lossOfA(service({ capacity: { required: 4 }, traffic: { method: "dns-failover" } }));
    expect(api.rto.breakdown).toEqual({ detection: 90, decision: 0, switch: 60, recovery: 300, dependencies: 0 });
    expect(api.rto.estimate).toBe(450);
  });

  it("switches in the TTL for dns-weighted", () => {
    const api = lossOfA(
      service({
        traffic: { method: "dns-weighted", healthCheck: { interval: "10s", failureThreshold: 2 }, ttl: "30s" },
      }),
    );
    expect(api.rto.breakdown).toMatchObject({ detection: 20, decision: 0, switch: 30 });
  });

  it("switches instantly behind a load balancer", () => {
    const api = lossOfA(
      service({ traffic: { method: "load-balancer", healthCheck: { interval: "30s", failureThreshold: 1 } } }),
    );
    expect(api.rto.breakdown).toEqual({ detection: 30, decision: 0, switch: 0, recovery: 240, dependencies: 0 });
  });

  it("waits for the crisis cell to decide a manual failover; switch is the TTL if set, else 0", () => {
    const withoutTtl = lossOfA(service({ traffic: { method: "manual" } }));
    expect(withoutTtl.rto.breakdown).toEqual({
      detection: 90,
      decision: 1800,
      switch: 0,
      recovery: 240,
      dependencies: 0,
    });
    const withTtl = lossOfA(service({ traffic: { method: "manual", ttl: "2m" } }));
    expect(withTtl.rto.breakdown).toMatchObject({ decision: 1800, switch: 120 });
    expect(withTtl.rto.estimate).toBe(90 + 1800 + 120 + 240);
  });

  it("needs no scale-up when a warm standby already runs the required units", () => {
    const api = lossOfA(service({ capacity: { required: 4, standby: 4, scaleUp: "4m" } }));
    expect(api.rto.breakdown.recovery).toBe(0);
    expect(api.rto.estimate).toBe(90);
  });

  it("always scales up a pilot light, whatever runs at the standby site", () => {
    const api = lossOfA(service({ strategy: "pilot-light", capacity: { required: 4, standby: 4, scaleUp: "10m" } }));
    expect(api.rto.breakdown.recovery).toBe(600);
  });

  it("restores the backup then scales up for backup-restore", () => {
    const api = lossOfA(
      service({
        tier: "standard",
        strategy: "backup-restore",
        capacity: { required: 2, scaleUp: "20m" },
        data: { mode: "backup", every: "1h", restoreTime: "2h" },
      }),
    );
    expect(api.rto.breakdown.recovery).toBe(7200 + 1200);
    expect(api.rto.estimate).toBe(30 + 60 + 8400);
    expect(api.rpo).toEqual({ estimate: 3600, target: 86_400 });
  });

  it("counts the standby of every surviving active site for active-active", () => {
    const activeActive = service({
      strategy: "active-active",
      sites: ["a", "b", "c"],
      capacity: { required: 6, standby: 3, scaleUp: "4m" },
      traffic: { method: "dns-weighted", healthCheck: { interval: "10s", failureThreshold: 3 } },
    });
    const policy = policyOf({ api: activeActive });
    // One lost: 3 × 2 surviving = 6 ≥ 6, no scale-up.
    const enough = simulate(policy, lose("a")).services[0];
    expect(enough.activeSites).toEqual(["a", "b", "c"]);
    expect(enough.failoverSite).toBe("b");
    expect(enough.rto.breakdown).toEqual({ detection: 30, decision: 0, switch: 60, recovery: 0, dependencies: 0 });
    expect(enough.status).toBe("recovered");
    // Two lost: 3 × 1 = 3 < 6, scale up.
    const tooLittle = simulate(policy, lose("a", "b")).services[0];
    expect(tooLittle.failoverSite).toBe("c");
    expect(tooLittle.rto.breakdown.recovery).toBe(240);
    expect(tooLittle.rto.estimate).toBe(330);
  });

  it("loses an active-active site that is not the first and still fails over to the first survivor", () => {
    const policy = policyOf({
      api: service({ strategy: "active-active", sites: ["a", "b"], capacity: { required: 4, scaleUp: "4m" } }),
    });
    const api = simulate(policy, lose("b")).services[0];
    // standby defaults to required for active-active: 4 × 1 ≥ 4.
    expect(api.failoverSite).toBe("a");
    expect(api.rto.breakdown.recovery).toBe(0);
  });

  it("adds only what a slower hard dependency takes beyond the service's own recovery", () => {
    // db: pilot light on [a, c], 30s + 60s + 20m = 21m30s; api's own 5m30s; dependencies = 21m30s − 5m30s.
    const policy = policyOf({
      db: service({ strategy: "pilot-light", sites: ["a", "c"], capacity: { required: 2, scaleUp: "20m" } }),
      api: service({ dependsOn: ["db"] }),
    });
    const [db, api] = simulate(policy, lose("a")).services;
    expect(db.rto.estimate).toBe(1290);
    expect(api.rto.breakdown).toEqual({ detection: 30, decision: 0, switch: 60, recovery: 240, dependencies: 960 });
    expect(api.rto.estimate).toBe(1290);
    expect(api.reasons[0]).toBe("then waits for hard dependency db, back after 21m30s");
  });

  it("adds nothing when the hard dependency is faster than the service's own recovery", () => {
    const policy = policyOf({
      db: service({
        traffic: { method: "load-balancer", healthCheck: { interval: "10s", failureThreshold: 2 } },
        capacity: { required: 2, standby: 2 },
      }),
      api: service({ dependsOn: ["db"] }),
    });
    const [db, api] = simulate(policy, lose("a")).services;
    expect(db.rto.estimate).toBe(20);
    expect(api.rto.breakdown.dependencies).toBe(0);
    expect(api.rto.estimate).toBe(330);
    expect(api.reasons).toEqual([]);
  });
});

describe("RPO estimate", () => {
  const rpoOf = (data: Input) => lossOfA(service({ tier: "standard", data })).rpo.estimate;

  it("is 0 for sync replication, the lag for async, the interval for backups", () => {
    expect(rpoOf({ mode: "sync-replication" })).toBe(0);
    expect(rpoOf({ mode: "async-replication", lag: "45s" })).toBe(45);
    expect(rpoOf({ mode: "backup", every: "6h" })).toBe(21_600);
  });

  it("is unknown (null) without any copy, which misses the target", () => {
    const api = lossOfA(service({ data: { mode: "none" } }));
    expect(api.rpo.estimate).toBeNull();
    expect(api.status).toBe("degraded");
    expect(api.reasons).toEqual([
      "data.mode none: the data written since the last copy is lost, so the RPO cannot be met",
    ]);
  });
});
