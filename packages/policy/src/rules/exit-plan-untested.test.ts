import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { exitPlanUntested } from "./exit-plan-untested";

function withCardNetwork(fields: Record<string, unknown>) {
  const policy = basePolicy();
  policy.suppliers = {
    "card-network": { name: "CB card network", criticality: "critical", exitPlan: "docs/exit/cards.md", ...fields },
  };
  return policy;
}

describe("exit-plan-untested", () => {
  it("accepts an exit plan rehearsed within 365 days, a minor supplier, and a supplier without a plan", () => {
    expect(findingsOf(exitPlanUntested, withCardNetwork({ exitTestedOn: "2025-11-28" }), "2026-11-28")).toEqual([]);
    expect(findingsOf(exitPlanUntested, withCardNetwork({ criticality: "minor" }), "2026-11-28")).toEqual([]);
    expect(findingsOf(exitPlanUntested, withCardNetwork({ exitPlan: undefined }), "2026-11-28")).toEqual([]);
  });

  it("flags an exit plan that was never rehearsed", () => {
    const [finding] = findingsOf(exitPlanUntested, withCardNetwork({}), "2026-11-28");
    expect(finding).toMatchObject({ code: "exit-plan-untested", severity: "warning", path: "suppliers.card-network" });
    expect(finding.message).toBe(
      "the exit plan of critical supplier card-network (CB card network) has never been rehearsed",
    );
  });

  it("flags an exit plan rehearsed more than 365 days ago", () => {
    const [finding] = findingsOf(exitPlanUntested, withCardNetwork({ exitTestedOn: "2025-11-27" }), "2026-11-28");
    expect(finding.path).toBe("suppliers.card-network.exitTestedOn");
    expect(finding.message).toContain("last rehearsed on 2025-11-27, more than 365 days before 2026-11-28");
  });
});
