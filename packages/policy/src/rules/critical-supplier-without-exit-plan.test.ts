import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { criticalSupplierWithoutExitPlan } from "./critical-supplier-without-exit-plan";

const run = (policy: object) => findingsOf(criticalSupplierWithoutExitPlan, policy);

describe("critical-supplier-without-exit-plan", () => {
  it("accepts a critical supplier with an exit plan and an important one without", () => {
    const policy = basePolicy();
    policy.suppliers = {
      cards: { name: "Cards", criticality: "critical", exitPlan: "docs/exit/cards.md" },
      feed: { name: "Feed", criticality: "important" },
    };
    expect(run(policy)).toEqual([]);
  });

  it("flags a critical supplier without an exit plan", () => {
    const policy = basePolicy();
    policy.suppliers = { cards: { name: "CB card network", criticality: "critical" } };
    const [finding] = run(policy);
    expect(finding).toMatchObject({
      code: "critical-supplier-without-exit-plan",
      severity: "warning",
      path: "suppliers.cards.exitPlan",
    });
    expect(finding.message).toBe("critical supplier cards (CB card network) has no exit plan");
  });
});
