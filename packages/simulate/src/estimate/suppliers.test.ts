import type { ScenarioSpec } from "@relais/policy";
import { simulate } from "../simulate";
import { type Input, policyOf, service } from "../testing/fixtures";

const supplierLoss = (mode: "outage" | "exit"): ScenarioSpec => ({
  id: `network-${mode}`,
  kind: "supplier-loss",
  supplier: "network",
  mode,
  causes: [],
});

function run(network: Input, mode: "outage" | "exit", hard = true) {
  const policy = policyOf(
    { api: service({ sites: ["a", "b"], dependsOn: [{ supplier: "network", hard }] }) },
    {
      suppliers: {
        network: { name: "Card network", criticality: "critical", ...network },
        backup: { name: "Backup network", criticality: "important" },
      },
    },
  );
  return simulate(policy, supplierLoss(mode));
}

describe("supplier-loss", () => {
  it("outage: waits for the supplier's recovery.rto with its own sites untouched", () => {
    const result = run({ recovery: { rto: "10m" } }, "outage");
    expect(result.lost).toEqual({ sites: [], suppliers: ["network"] });
    expect(result.services[0]).toMatchObject({
      status: "recovered",
      failoverSite: null,
      rto: { estimate: 600, breakdown: { detection: 0, decision: 0, switch: 0, recovery: 0, dependencies: 600 } },
      rpo: { estimate: 0 },
      reasons: ["waits for hard supplier network, back after 10m"],
    });
  });

  it("outage without recovery.rto: the supplier is down and so is the hard dependant", () => {
    const [api] = run({}, "outage").services;
    expect(api.status).toBe("down");
    expect(api.rto.estimate).toBeNull();
    expect(api.reasons).toEqual(["hard supplier network is down: it has no recovery.rto"]);
  });

  it("exit with alternates: recovers after the switchover (4h breaks a 15m tier)", () => {
    const [api] = run({ alternates: ["backup"], switchover: "4h", recovery: { rto: "10m" } }, "exit").services;
    expect(api.rto.estimate).toBe(14_400);
    expect(api.status).toBe("degraded");
    expect(api.reasons).toEqual([
      "waits for hard supplier network, back after 4h",
      "estimated RTO 4h exceeds tier critical rto 15m",
    ]);
  });

  it("exit without alternates: down, whatever its recovery.rto", () => {
    const [api] = run({ recovery: { rto: "10m" } }, "exit").services;
    expect(api.status).toBe("down");
    expect(api.reasons).toEqual(["hard supplier network is exited and has no alternates"]);
  });

  it("exit with alternates but no switchover time: down, since the time is unknown", () => {
    const [api] = run({ alternates: ["backup"] }, "exit").services;
    expect(api.status).toBe("down");
    expect(api.reasons[0]).toContain("no switchover time");
  });

  it("a soft supplier that recovers only adds a reason; one that is down degrades", () => {
    const recovering = run({ recovery: { rto: "1d" } }, "outage", false).services[0];
    expect(recovering).toMatchObject({ status: "unaffected", rto: { estimate: 0 } });
    expect(recovering.reasons).toEqual(["soft supplier network is back after 1d (no effect on this estimate)"]);
    const down = run({}, "outage", false).services[0];
    expect(down).toMatchObject({ status: "degraded", rto: { estimate: 0 } });
    expect(down.reasons).toEqual(["soft supplier network is down: it has no recovery.rto; runs without it"]);
  });

  it("a supplier's delay adds to a service that also fails over only beyond its own recovery", () => {
    // Not possible in one scenario (a supplier-loss loses no site), so the supplier is the only wait.
    const result = run({ recovery: { rto: "2m" } }, "outage");
    expect(result.services[0].rto.estimate).toBe(120);
  });
});
