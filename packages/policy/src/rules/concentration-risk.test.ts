import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { concentrationRisk } from "./concentration-risk";

const run = (policy: object) => findingsOf(concentrationRisk, policy);

function twoProviders() {
  const policy = basePolicy();
  policy.tiers.critical.siteSeparation = "provider";
  policy.sites["site-b"] = { provider: "aws-eusc", region: "eusc-de-east-1", jurisdiction: "DE" };
  return policy;
}

describe("concentration-risk", () => {
  it("accepts critical services on two providers and critical suppliers with a way out", () => {
    const policy = twoProviders();
    policy.suppliers = {
      cards: { name: "Cards", criticality: "critical", alternates: ["visa"] },
      visa: { name: "Visa", criticality: "critical", substitutable: true },
      feed: { name: "Feed", criticality: "minor" },
    };
    expect(run(policy)).toEqual([]);
  });

  it("flags a critical supplier that is not substitutable and has no alternates", () => {
    const policy = twoProviders();
    policy.suppliers = { cards: { name: "Cards", criticality: "critical" } };
    const [finding] = run(policy);
    expect(finding).toMatchObject({ code: "concentration-risk", severity: "warning", path: "suppliers.cards" });
    expect(finding.message).toContain("critical supplier cards (Cards) is not substitutable and has no alternates");
  });

  it("flags the strictest tier when all its services' sites are on one provider", () => {
    const policy = basePolicy();
    policy.tiers.standard = { rto: "1d", rpo: "1d", mtpd: "5d" };
    policy.sites.eusc = { provider: "aws-eusc", region: "eusc-de-east-1", jurisdiction: "DE" };
    policy.services.batch = { ...policy.services.api, tier: "standard", sites: ["eusc", "site-a"] };
    const [finding] = run(policy);
    expect(finding.path).toBe("tiers.critical");
    expect(finding.message).toBe(
      'every site of the services of the strictest tier "critical" (site-a and site-b) is on outscale: an outage or exit of outscale stops them all',
    );
  });
});
