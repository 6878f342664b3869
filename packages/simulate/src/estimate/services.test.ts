import { simulate } from "../simulate";
import { lose, policyOf, service } from "../testing/fixtures";
import type { ScenarioResult } from "../types";

const byId = (result: ScenarioResult) => Object.fromEntries(result.services.map((s) => [s.id, s]));

describe("service statuses", () => {
  it("leaves a service unaffected when none of its active sites is lost (a standby site may be)", () => {
    const policy = policyOf({ api: service() });
    for (const scenario of [lose("c"), lose("b")]) {
      const [api] = simulate(policy, scenario).services;
      expect(api).toEqual({
        id: "api",
        status: "unaffected",
        activeSites: ["a"],
        failoverSite: null,
        rto: {
          estimate: 0,
          target: 900,
          breakdown: { detection: 0, decision: 0, switch: 0, recovery: 0, dependencies: 0 },
        },
        rpo: { estimate: 0, target: 60 },
        reasons: [],
      });
    }
  });

  it("recovers when the estimate meets both targets, including exactly at the target", () => {
    // 30s + 60s + 13m30s = 15m exactly.
    const policy = policyOf({ api: service({ capacity: { required: 4, standby: 1, scaleUp: "13m30s" } }) });
    const [api] = simulate(policy, lose("a")).services;
    expect(api.rto.estimate).toBe(900);
    expect(api.status).toBe("recovered");
    expect(api.reasons).toEqual([]);
  });

  it("degrades when the RTO estimate exceeds the tier's rto", () => {
    const policy = policyOf({ api: service({ capacity: { required: 4, standby: 1, scaleUp: "20m" } }) });
    const [api] = simulate(policy, lose("a")).services;
    expect(api.rto.estimate).toBe(1290);
    expect(api.status).toBe("degraded");
    expect(api.reasons).toEqual(["estimated RTO 21m30s exceeds tier critical rto 15m"]);
  });

  it("degrades when the RPO estimate exceeds the tier's rpo", () => {
    const policy = policyOf({ api: service({ data: { mode: "async-replication", lag: "5m" } }) });
    const [api] = simulate(policy, lose("a")).services;
    expect(api.rpo).toEqual({ estimate: 300, target: 60 });
    expect(api.status).toBe("degraded");
    expect(api.reasons).toEqual(["estimated RPO 5m exceeds tier critical rpo 1m"]);
  });

  it("is down when all its sites are lost, with null estimates and no failover site", () => {
    const policy = policyOf({ api: service() });
    const result = simulate(policy, lose("a", "b"));
    expect(result.services[0]).toEqual({
      id: "api",
      status: "down",
      activeSites: ["a"],
      failoverSite: null,
      rto: {
        estimate: null,
        target: 900,
        breakdown: { detection: 0, decision: 0, switch: 0, recovery: 0, dependencies: 0 },
      },
      rpo: { estimate: null, target: 60 },
      reasons: ["all its sites are lost (a, b)"],
    });
  });

  it("adds mtpd-exceeded when an estimate is beyond the tier's maximum tolerable disruption", () => {
    // 30s + 0 + 60s + 4h restore + 5m = above mtpd 4h.
    const policy = policyOf({
      api: service({
        strategy: "backup-restore",
        capacity: { required: 2 },
        data: { mode: "backup", every: "1m", restoreTime: "4h" },
      }),
    });
    const result = simulate(policy, lose("a"));
    expect(result.services[0].rto.estimate).toBe(30 + 60 + 14_400 + 300);
    expect(result.services[0].status).toBe("degraded");
    expect(result.findings).toEqual([
      {
        code: "mtpd-exceeded",
        severity: "error",
        message:
          "api is estimated out for 4h6m30s, beyond the maximum tolerable period of disruption of tier critical (mtpd 4h)",
      },
    ]);
  });
});

describe("hard dependencies", () => {
  // c → b → a: `top` needs `middle` needs `base`. Only `base` lives on site a.
  const chain = () =>
    policyOf({
      base: service({ strategy: "pilot-light", sites: ["a", "b"], capacity: { required: 2, scaleUp: "10m" } }),
      middle: service({ sites: ["c", "d"], dependsOn: ["base"] }),
      top: service({ sites: ["c", "d"], dependsOn: ["middle"] }),
    });

  it("makes a chain three deep wait for its deepest impacted link", () => {
    const { base, middle, top } = byId(simulate(chain(), lose("a")));
    // base: 30s + 60s + 10m = 690s, failing over to b.
    expect(base).toMatchObject({ status: "recovered", failoverSite: "b", rto: { estimate: 690 } });
    for (const waiting of [middle, top]) {
      expect(waiting.status).toBe("recovered");
      expect(waiting.failoverSite).toBeNull();
      expect(waiting.rto).toEqual({
        estimate: 690,
        target: 900,
        breakdown: { detection: 0, decision: 0, switch: 0, recovery: 0, dependencies: 690 },
      });
      expect(waiting.rpo.estimate).toBe(0);
    }
    expect(middle.reasons).toEqual(["waits for hard dependency base, back after 11m30s"]);
    expect(top.reasons).toEqual(["waits for hard dependency middle, back after 11m30s"]);
  });

  it("combines own failovers and waits along the chain", () => {
    const { middle, top } = byId(simulate(chain(), lose("a", "c")));
    // middle fails over itself (5m30s) but waits for base (11m30s): dependencies = 690 − 330.
    expect(middle.failoverSite).toBe("d");
    expect(middle.rto.breakdown).toEqual({ detection: 30, decision: 0, switch: 60, recovery: 240, dependencies: 360 });
    expect(top.rto.estimate).toBe(690);
  });

  it("takes the whole chain down when its base is down", () => {
    const { base, middle, top } = byId(simulate(chain(), lose("a", "b")));
    expect(base.status).toBe("down");
    expect(middle).toMatchObject({
      status: "down",
      reasons: ["hard dependency base is down"],
      rto: { estimate: null },
    });
    expect(top).toMatchObject({ status: "down", reasons: ["hard dependency middle is down"] });
  });

  it("waits for the slowest branch of a diamond", () => {
    // root on a/b (11m30s); left waits for root; right fails over itself in 16m30s; apex needs both.
    const policy = policyOf({
      apex: service({ sites: ["c", "d"], dependsOn: ["left", "right"] }),
      left: service({ sites: ["c", "d"], dependsOn: ["root"] }),
      right: service({ sites: ["a", "c"], capacity: { required: 4, standby: 1, scaleUp: "15m" }, dependsOn: ["root"] }),
      root: service({ strategy: "pilot-light", sites: ["a", "b"], capacity: { required: 2, scaleUp: "10m" } }),
    });
    const { apex, left, right, root } = byId(simulate(policy, lose("a")));
    expect(root.rto.estimate).toBe(690);
    expect(left.rto.estimate).toBe(690);
    expect(right.rto.breakdown).toEqual({ detection: 30, decision: 0, switch: 60, recovery: 900, dependencies: 0 });
    expect(apex.rto).toMatchObject({ estimate: 990, breakdown: { dependencies: 990 } });
    expect(apex.status).toBe("degraded");
    expect(apex.reasons).toEqual([
      "waits for hard dependency right, back after 16m30s",
      "estimated RTO 16m30s exceeds tier critical rto 15m",
    ]);
  });
});

describe("soft dependencies", () => {
  const withSoft = (sites: string[]) =>
    policyOf({
      cache: service({ sites: ["a", "b"] }),
      api: service({ sites, dependsOn: [{ service: "cache", hard: false }] }),
    });

  it("only adds a reason when the soft dependency fails over", () => {
    const { api } = byId(simulate(withSoft(["c", "d"]), lose("a")));
    expect(api.status).toBe("unaffected");
    expect(api.rto.estimate).toBe(0);
    expect(api.reasons).toEqual(["soft dependency cache is back after 5m30s (no effect on this estimate)"]);
  });

  it("degrades an unaffected dependent when the soft dependency is down, without changing its estimate", () => {
    const { api } = byId(simulate(withSoft(["c", "d"]), lose("a", "b")));
    expect(api).toMatchObject({ status: "degraded", rto: { estimate: 0 }, rpo: { estimate: 0 } });
    expect(api.reasons).toEqual(["soft dependency cache is down: runs without it"]);
  });

  it("degrades a recovered dependent when the soft dependency is down", () => {
    const { api } = byId(simulate(withSoft(["a", "c"]), lose("a", "b")));
    expect(api).toMatchObject({ status: "degraded", failoverSite: "c", rto: { estimate: 330 } });
    expect(api.reasons).toEqual(["soft dependency cache is down: runs without it"]);
  });

  it("keeps a hard dependant of a merely degraded service unaffected", () => {
    const policy = policyOf({
      cache: service({ sites: ["a", "b"] }),
      api: service({ sites: ["c", "d"], dependsOn: [{ service: "cache", hard: false }] }),
      web: service({ sites: ["c", "d"], dependsOn: ["api"] }),
    });
    const { api, web } = byId(simulate(policy, lose("a", "b")));
    expect(api.status).toBe("degraded");
    expect(web).toMatchObject({ status: "unaffected", reasons: [] });
  });
});
