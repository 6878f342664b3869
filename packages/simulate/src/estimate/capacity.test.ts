import { simulate } from "../simulate";
import { type Input, lose, parse, policyInput, service } from "../testing/fixtures";

function withCapacity(services: Record<string, Input>, capacity: number) {
  const input = policyInput(services);
  input.sites.b.capacity = capacity;
  return parse(input);
}

describe("site-overcommitted", () => {
  const services = {
    big: service({ capacity: { required: 8, standby: 8 } }),
    small: service({ capacity: { required: 4, standby: 4 } }),
    resident: service({ sites: ["b", "c"], capacity: { required: 2, standby: 2 } }),
  };

  it("flags a site whose demand after failovers exceeds its capacity and degrades the services that moved there", () => {
    const result = simulate(withCapacity(services, 10), lose("a"));
    expect(result.findings).toEqual([
      {
        code: "site-overcommitted",
        severity: "warning",
        message:
          "site b is over-committed: the services active on it after the scenario need 14 units, above its capacity of 10 (big 8, small 4, resident 2)",
      },
    ]);
    const [big, small, resident] = result.services;
    for (const moved of [big, small]) {
      expect(moved.status).toBe("degraded");
      expect(moved.rto.estimate).toBe(90); // standby = required: no scale-up; estimates are unchanged
      expect(moved.reasons).toEqual(["failover site b is over-committed (demand 14 > capacity 10)"]);
    }
    expect(resident).toMatchObject({ status: "unaffected", reasons: [] });
  });

  it("accepts a demand equal to the capacity", () => {
    const result = simulate(withCapacity(services, 14), lose("a"));
    expect(result.findings).toEqual([]);
    expect(result.services.map((s) => s.status)).toEqual(["recovered", "recovered", "unaffected"]);
  });

  it("counts an active-active service's share on each surviving site", () => {
    const shared = {
      aa: service({ strategy: "active-active", sites: ["a", "b", "c"], capacity: { required: 9 } }),
      resident: service({ sites: ["b", "c"], capacity: { required: 2, standby: 2 } }),
    };
    // Before: 3 units of aa on b; after losing a: 9 / 2 = 4.5 on b, plus 2 = 6.5.
    expect(simulate(withCapacity(shared, 6.5), lose("a")).findings).toEqual([]);
    const crowded = simulate(withCapacity(shared, 6), lose("a"));
    expect(crowded.findings[0].message).toContain("need 6.5 units, above its capacity of 6 (aa 4.5, resident 2)");
    expect(crowded.services[0].status).toBe("degraded");
  });

  it("is not monotonic: losing the crowded failover site too moves the service to an emptier one", () => {
    const policy = withCapacity(
      { api: service({ sites: ["a", "b", "c"], capacity: { required: 20, standby: 20 } }) },
      10,
    );
    expect(simulate(policy, lose("a")).services[0].status).toBe("degraded");
    expect(simulate(policy, lose("a", "b")).services[0]).toMatchObject({ status: "recovered", failoverSite: "c" });
  });
});
