/**
 * Hand-computed cases for the parts of the estimate model that read the MBCO, the active sites of an active-active
 * service after a loss, the MTPD of a down service, and hosting providers.
 */
import type { ScenarioSpec } from "@relais/policy";
import { simulate } from "../simulate";
import { lose, parse, policyInput, service } from "../testing/fixtures";

describe("mbco", () => {
  const withMbco = (mbco: string | undefined, standby: number) => {
    const input = policyInput({ api: service({ capacity: { required: 4, standby, scaleUp: "4m" } }) });
    if (mbco) input.tiers.critical.mbco = mbco;
    return parse(input);
  };

  it("counts a warm standby as recovered once it runs mbco × required units: no scale-up term", () => {
    // detection 30s + switch 60s; 2 standby units ≥ 50% × 4.
    const [api] = simulate(withMbco("50%", 2), lose("a")).services;
    expect(api.rto).toMatchObject({ estimate: 90, breakdown: { recovery: 0 } });
  });

  it("keeps the scale-up when the standby is below mbco × required, and with the default of 100%", () => {
    expect(simulate(withMbco("51%", 2), lose("a")).services[0].rto).toMatchObject({
      estimate: 330,
      breakdown: { recovery: 240 },
    });
    expect(simulate(withMbco(undefined, 3), lose("a")).services[0].rto.breakdown.recovery).toBe(240);
  });

  it("adds the surviving active sites of an active-active service: 2 sites × 1 unit against 50% of 4", () => {
    const input = policyInput({
      aa: service({ strategy: "active-active", sites: ["a", "b", "c"], capacity: { required: 4, standby: 1 } }),
    });
    input.tiers.critical.mbco = "50%";
    expect(simulate(parse(input), lose("a")).services[0].rto.breakdown.recovery).toBe(0);
    input.tiers.critical.mbco = "75%";
    expect(simulate(parse(input), lose("a")).services[0].rto.breakdown.recovery).toBe(300); // default scaleUp 5m
  });

  it("leaves pilot-light recovery unchanged", () => {
    const input = policyInput({ api: service({ strategy: "pilot-light", capacity: { required: 4, scaleUp: "4m" } }) });
    input.tiers.critical.mbco = "10%";
    expect(simulate(parse(input), lose("a")).services[0].rto.breakdown.recovery).toBe(240);
  });
});

describe("active-active over-commitment", () => {
  it("degrades an active-active service when a surviving active site other than the failover site is crowded", () => {
    const input = policyInput({
      aa: service({ strategy: "active-active", sites: ["a", "b", "c"], capacity: { required: 9 } }),
      resident: service({ sites: ["b", "d"], capacity: { required: 2, standby: 2 } }),
    });
    input.sites.b.capacity = 6;
    // Losing c: the failover site is a (first surviving); aa now needs 9 / 2 = 4.5 on b, plus resident's 2.
    const result = simulate(parse(input), lose("c"));
    expect(result.services[0]).toMatchObject({ status: "degraded", failoverSite: "a" });
    expect(result.services[0].reasons).toEqual(["failover site b is over-committed (demand 6.5 > capacity 6)"]);
  });
});

describe("mtpd-exceeded for a down service", () => {
  const policy = () => parse(policyInput({ api: service() }));
  const both = (duration?: number): ScenarioSpec => ({
    id: "both",
    kind: "site-loss",
    sites: ["a", "b"],
    causes: [],
    ...(duration === undefined ? {} : { duration }),
  });
  const mtpd = (scenario: ScenarioSpec) =>
    simulate(policy(), scenario).findings.filter((finding) => finding.code === "mtpd-exceeded");

  it("is reported when the scenario has no duration", () => {
    expect(mtpd(both())).toEqual([
      {
        code: "mtpd-exceeded",
        severity: "error",
        message:
          "api is down for as long as the scenario lasts (no duration is declared), beyond the maximum tolerable period of disruption of tier critical (mtpd 4h)",
      },
    ]);
  });

  it("is reported when the scenario lasts longer than the mtpd, and not when it lasts at most the mtpd", () => {
    expect(mtpd(both(4 * 3600 + 1))[0].message).toContain("api is down for the scenario's 4h1s");
    expect(mtpd(both(4 * 3600))).toEqual([]);
  });
});

describe("hosting providers", () => {
  const hosted = (outscale: Record<string, unknown>) =>
    parse(
      policyInput(
        {
          api: service({ sites: ["a", "d"] }),
          web: service({ sites: ["b", "c"], dependsOn: [{ supplier: "outscale", hard: true }] }),
        },
        {
          suppliers: {
            outscale: { name: "3DS Outscale", criticality: "critical", hosts: ["a", "b", "c"], ...outscale },
          },
        },
      ),
    );
  const outage: ScenarioSpec = { id: "o", kind: "supplier-loss", supplier: "outscale", mode: "outage", causes: [] };
  const provider: ScenarioSpec = { id: "p", kind: "provider-loss", provider: "outscale", causes: [] };

  it("loses the sites a supplier hosts when the supplier is lost", () => {
    const result = simulate(hosted({ recovery: { rto: "2h" } }), outage);
    expect(result.lost).toEqual({ sites: ["a", "b", "c"], suppliers: ["outscale"] });
    expect(result.services[0]).toMatchObject({ status: "recovered", failoverSite: "d" });
    expect(result.services[1].status).toBe("down");
  });

  it("treats the provider's loss and the supplier's outage as the same scenario", () => {
    const policy = hosted({});
    const byProvider = simulate(policy, provider);
    const bySupplier = simulate(policy, outage);
    expect(byProvider.lost).toEqual(bySupplier.lost);
    expect(byProvider.services).toEqual(bySupplier.services);
    expect(byProvider.commitments).toEqual(bySupplier.commitments);
  });

  it("takes no supplier out when only some of its sites are lost", () => {
    expect(simulate(hosted({}), lose("a")).lost).toEqual({ sites: ["a"], suppliers: [] });
  });
});
