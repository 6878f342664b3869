import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { commitmentUnachievable } from "./commitment-unachievable";

const run = (policy: object) => findingsOf(commitmentUnachievable, policy);

function serving(commitment: { customer: string; maxOutage: string; maxDataLoss?: string }) {
  const policy = basePolicy();
  policy.commitments = { sla: commitment };
  policy.services.api.commitments = ["sla", "ghost"];
  return policy;
}

describe("commitment-unachievable", () => {
  it("accepts a tier within the commitment's maxOutage and maxDataLoss", () => {
    expect(run(serving({ customer: "Merchants", maxOutage: "15m", maxDataLoss: "1m" }))).toEqual([]);
  });

  it("flags a tier rto above the commitment's maxOutage", () => {
    const [finding] = run(serving({ customer: "Merchants", maxOutage: "10m" }));
    expect(finding).toMatchObject({
      code: "commitment-unachievable",
      severity: "error",
      path: "services.api.commitments[0]",
    });
    expect(finding.message).toBe(
      'service api (tier "critical") may be out for its rto of 15m, but commitment sla allows an outage of 10m at most',
    );
  });

  it("flags a tier rpo above the commitment's maxDataLoss", () => {
    const [finding] = run(serving({ customer: "Merchants", maxOutage: "1h", maxDataLoss: "0s" }));
    expect(finding.message).toContain(
      "may lose 1m of data (its rpo), but commitment sla allows a data loss of 0s at most",
    );
  });
});
