import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { tierNotExercised } from "./tier-not-exercised";

const run = (policy: object) => findingsOf(tierNotExercised, policy);

function withStandard() {
  const policy = basePolicy();
  policy.tiers.standard = { rto: "1d", rpo: "1d", mtpd: "5d" };
  policy.services.batch = { ...policy.services.api, tier: "standard", sites: ["site-b", "site-a"] };
  policy.services.web = { ...policy.services.api };
  return policy;
}

describe("tier-not-exercised", () => {
  it.each([
    ["site-loss", { kind: "site-loss" as const, sites: ["site-a"] }],
    ["zone-loss", { kind: "zone-loss" as const, zones: ["eu-west-2a"] }],
    ["region-loss", { kind: "region-loss" as const, provider: "outscale" as const, region: "eu-west-2" }],
    ["provider-loss", { kind: "provider-loss" as const, provider: "outscale" as const }],
  ])("accepts an exercised %s that takes out the primary site of the strictest tier", (_, scenario) => {
    const policy = withStandard();
    policy.scenarios = [{ id: "drill", ...scenario }];
    policy.exercises = [{ scenario: "drill", every: "90d" }];
    expect(run(policy)).toEqual([]);
  });

  it("flags the primary site of the strictest tier's services when no exercise takes it out", () => {
    const policy = withStandard();
    policy.scenarios = [
      { id: "b-loss", kind: "site-loss", sites: ["site-b"] },
      { id: "a-loss", kind: "site-loss", sites: ["site-a"] },
    ];
    policy.exercises = [{ scenario: "b-loss", every: "90d" }];
    const [finding] = run(policy);
    expect(finding).toMatchObject({ code: "tier-not-exercised", severity: "warning", path: "services.api.sites[0]" });
    expect(finding.message).toBe(
      'no exercise covers a scenario that takes out site-a, the primary site of api and web (strictest tier "critical")',
    );
  });

  it("does not count a declared scenario that is not exercised", () => {
    const policy = withStandard();
    policy.scenarios = [{ id: "a-loss", kind: "site-loss", sites: ["site-a"] }];
    expect(run(policy)).toHaveLength(1);
  });
});
