import { parseValid } from "@relais/test-support";
import { componentPolicy } from "../testing/fixtures";
import { goDuration, planResiliencyPolicies, resilienceTier } from "./resilience";

test.each([
  [900, "MissionCritical"],
  [3600, "Critical"],
  [4 * 3600, "Important"],
  [86400, "CoreServices"],
  [86401, "NonCritical"],
])("an RTO of %is is Resilience Hub tier %s", (rto, tier) => {
  expect(resilienceTier({ rto })).toBe(tier);
});

test("one policy per tier for each distinct AWS or sovereign region, none for Outscale", () => {
  const plans = planResiliencyPolicies(parseValid(componentPolicy()));
  expect(plans.map((plan) => `${plan.tier}@${plan.site}`)).toEqual([
    "critical@aws-paris",
    "standard@aws-paris",
    "critical@aws-frankfurt",
    "standard@aws-frankfurt",
    "critical@eusc",
    "standard@eusc",
  ]);
  expect(plans[0]).toEqual({
    tier: "critical",
    site: "aws-paris",
    hubTier: "MissionCritical",
    rto: "900s",
    rpo: "60s",
  });
});

test("overrides replace the derived tier", () => {
  const plans = planResiliencyPolicies(parseValid(componentPolicy()), { standard: "NonCritical" });
  expect(plans.find((plan) => plan.tier === "standard")!.hubTier).toBe("NonCritical");
});

test("Go durations are whole seconds", () => {
  expect(goDuration(86400)).toBe("86400s");
});
