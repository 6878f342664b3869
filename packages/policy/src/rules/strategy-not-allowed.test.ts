import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { strategyNotAllowed } from "./strategy-not-allowed";

const run = (policy: object) => findingsOf(strategyNotAllowed, policy);

describe("strategy-not-allowed", () => {
  it("accepts an allowed strategy, and any strategy when the tier has no allow-list", () => {
    const policy = basePolicy();
    expect(run(policy)).toEqual([]);
    policy.tiers.critical.strategies = ["active-active", "warm-standby"];
    expect(run(policy)).toEqual([]);
  });

  it("flags a strategy the tier does not allow", () => {
    const policy = basePolicy();
    policy.tiers.critical.strategies = ["active-active"];
    const [finding] = run(policy);
    expect(finding).toMatchObject({ code: "strategy-not-allowed", severity: "error", path: "services.api.strategy" });
    expect(finding.message).toBe(
      'service api uses strategy warm-standby, which tier "critical" does not allow (allowed: active-active)',
    );
  });
});
