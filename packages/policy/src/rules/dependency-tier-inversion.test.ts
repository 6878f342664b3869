import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { dependencyTierInversion } from "./dependency-tier-inversion";

const run = (policy: object) => findingsOf(dependencyTierInversion, policy);

function withReporting(dependency: string | { service: string; hard: boolean }) {
  const policy = basePolicy();
  policy.tiers.standard = { rto: "1d", rpo: "1d", mtpd: "5d" };
  policy.services.reporting = { ...policy.services.api, tier: "standard" };
  policy.services.api.dependsOn = [dependency];
  return policy;
}

describe("dependency-tier-inversion", () => {
  it("accepts a hard dependency on a stricter tier and a soft one on a looser tier", () => {
    const policy = withReporting({ service: "reporting", hard: false });
    expect(run(policy)).toEqual([]);
    policy.services.reporting.dependsOn = ["api"];
    expect(run(policy)).toEqual([]);
  });

  it("flags a hard dependency whose tier rto is longer", () => {
    const [finding] = run(withReporting("reporting"));
    expect(finding).toMatchObject({
      code: "dependency-tier-inversion",
      severity: "error",
      path: "services.api.dependsOn[0]",
    });
    expect(finding.message).toBe(
      'service api (tier "critical", rto 15m) depends hard on reporting (tier "standard", rto 1d)',
    );
    expect(finding.hint).toContain("hard: false");
  });
});
