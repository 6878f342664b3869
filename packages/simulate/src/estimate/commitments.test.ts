import { simulate } from "../simulate";
import { type Input, lose, policyOf, service } from "../testing/fixtures";

const commitments = {
  sla: { customer: "Merchants", maxOutage: "10m", maxDataLoss: "1m" },
  loose: { customer: "Partners", maxOutage: "1d" },
  unused: { customer: "Nobody", maxOutage: "1s" },
};

function run(api: Input, ...sites: string[]) {
  return simulate(
    policyOf({ api: service({ tier: "standard", commitments: ["sla", "loose"], ...api }) }, { commitments }),
    lose(...sites),
  );
}

describe("commitments", () => {
  it("holds when every serving service is within maxOutage and maxDataLoss (equality included)", () => {
    // 30s + 60s + 8m30s = 10m exactly; lag 1m.
    const result = run(
      { capacity: { required: 4, standby: 1, scaleUp: "8m30s" }, data: { mode: "async-replication", lag: "1m" } },
      "a",
    );
    expect(result.commitments).toEqual([
      { id: "sla", breached: false, reasons: [] },
      { id: "loose", breached: false, reasons: [] },
      { id: "unused", breached: false, reasons: [] },
    ]);
  });

  it("is breached by a down service", () => {
    const result = run({}, "a", "b");
    expect(result.commitments.slice(0, 2)).toEqual([
      { id: "sla", breached: true, reasons: ["api is down"] },
      { id: "loose", breached: true, reasons: ["api is down"] },
    ]);
  });

  it("is breached by an RTO estimate above maxOutage", () => {
    const [sla] = run({ capacity: { required: 4, standby: 1, scaleUp: "20m" } }, "a").commitments;
    expect(sla).toEqual({ id: "sla", breached: true, reasons: ["api is out for 21m30s, above maxOutage 10m"] });
  });

  it("is breached by an RPO estimate above maxDataLoss, or an unknown one", () => {
    const [lagging] = run({ data: { mode: "async-replication", lag: "5m" } }, "a").commitments;
    expect(lagging.reasons).toEqual(["api loses up to 5m of data, above maxDataLoss 1m"]);
    const [uncopied, loose] = run({ data: { mode: "none" } }, "a").commitments;
    expect(uncopied.reasons).toEqual(["api keeps no copy of its data (data.mode none): maxDataLoss 1m cannot be met"]);
    expect(loose.breached).toBe(false);
  });
});
