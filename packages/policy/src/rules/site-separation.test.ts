import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { siteSeparation } from "./site-separation";

const run = (policy: object) => findingsOf(siteSeparation, policy);

describe("site-separation", () => {
  it("accepts two zones of one region when the tier separates zones", () => {
    expect(run(basePolicy())).toEqual([]);
  });

  it("flags two sites in one zone", () => {
    const policy = basePolicy();
    policy.sites["site-b"].zone = "eu-west-2a";
    const [finding] = run(policy);
    expect(finding).toMatchObject({ code: "site-separation", severity: "error", path: "services.api.sites[1]" });
    expect(finding.message).toBe(
      'service api: tier "critical" must separate its sites by zone, but site-a and site-b are both in zone outscale/eu-west-2/eu-west-2a',
    );
    expect(finding.hint).toContain("lower tiers.critical.siteSeparation");
  });

  it("flags a zoneless site in the region of another site at zone level", () => {
    const policy = basePolicy();
    delete policy.sites["site-b"].zone;
    const [finding] = run(policy);
    expect(finding.message).toContain(
      "both in region outscale/eu-west-2 (a site without a zone covers the whole region)",
    );
  });

  it("flags two zones of one region when the tier separates regions, and accepts two regions", () => {
    const policy = basePolicy();
    policy.tiers.critical.siteSeparation = "region";
    const [finding] = run(policy);
    expect(finding.message).toContain("by region, but site-a and site-b are both in region outscale/eu-west-2");
    policy.sites["site-b"] = { provider: "outscale", region: "cloudgouv-eu-west-1", jurisdiction: "FR" };
    expect(run(policy)).toEqual([]);
  });

  it("flags two regions of one provider when the tier separates providers, and accepts two providers", () => {
    const policy = basePolicy();
    policy.tiers.critical.siteSeparation = "provider";
    policy.sites["site-b"] = { provider: "outscale", region: "cloudgouv-eu-west-1", jurisdiction: "FR" };
    const [finding] = run(policy);
    expect(finding.message).toContain("by provider, but site-a and site-b are both in provider outscale");
    policy.sites["site-b"] = { provider: "aws-eusc", region: "eusc-de-east-1", jurisdiction: "DE" };
    expect(run(policy)).toEqual([]);
  });

  it("treats sites without a region as their own region and zone", () => {
    const policy = basePolicy();
    policy.tiers.critical.siteSeparation = "region";
    policy.sites["site-a"] = { provider: "on-premises", jurisdiction: "FR" };
    policy.sites["site-b"] = { provider: "on-premises", jurisdiction: "FR" };
    expect(run(policy)).toEqual([]);
  });

  it("skips undeclared sites and undeclared tiers", () => {
    const policy = basePolicy();
    policy.services.api.sites = ["site-a", "ghost"];
    expect(run(policy)).toEqual([]);
    policy.services.api.tier = "ghost";
    expect(run(policy)).toEqual([]);
  });
});
