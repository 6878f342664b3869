import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { crisisCellMissing } from "./crisis-cell-missing";

const run = (policy: object) => findingsOf(crisisCellMissing, policy);

describe("crisis-cell-missing", () => {
  it("accepts automatic failover without a crisis cell, and manual failover with one", () => {
    const policy = basePolicy();
    expect(run(policy)).toEqual([]);
    policy.services.api.traffic = { method: "manual" };
    policy.crisisCell = { assembleWithin: "30m", roles: [{ role: "director", primary: "A", deputy: "B" }] };
    expect(run(policy)).toEqual([]);
  });

  it("flags a manual failover without a crisis cell", () => {
    const policy = basePolicy();
    policy.services.api.traffic = { method: "manual" };
    const [finding] = run(policy);
    expect(finding).toMatchObject({
      code: "crisis-cell-missing",
      severity: "error",
      path: "services.api.traffic.method",
    });
    expect(finding.message).toContain(
      "service api fails over manually (traffic.method: manual), but the policy has no crisisCell",
    );
  });
});
