import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { unknownRegion } from "./unknown-region";

const run = (policy: object) => findingsOf(unknownRegion, policy);

describe("unknown-region", () => {
  it("accepts known regions and zones of outscale, aws-eusc and aws, and sites off the clouds", () => {
    const policy = basePolicy();
    policy.sites.gov = {
      provider: "outscale",
      region: "cloudgouv-eu-west-1",
      zone: "cloudgouv-eu-west-1c",
      jurisdiction: "FR",
    };
    policy.sites.eusc = { provider: "aws-eusc", region: "eusc-de-east-1", zone: "eusc-de-east-1b", jurisdiction: "DE" };
    policy.sites.paris = { provider: "aws", region: "eu-west-3", zone: "eu-west-3c", jurisdiction: "FR" };
    policy.sites.dc = { provider: "on-premises", region: "velizy", jurisdiction: "FR" };
    expect(run(policy)).toEqual([]);
  });

  it("flags an unknown region and suggests the nearest", () => {
    const policy = basePolicy();
    policy.sites["site-a"] = { provider: "outscale", region: "cloudgov-eu-west-1", jurisdiction: "FR" };
    const [finding] = run(policy);
    expect(finding).toMatchObject({ code: "unknown-region", severity: "warning", path: "sites.site-a.region" });
    expect(finding.message).toBe('site site-a: "cloudgov-eu-west-1" is not a known outscale region');
    expect(finding.hint).toContain('did you mean "cloudgouv-eu-west-1"?');
  });

  it("says when the region belongs to another provider", () => {
    const policy = basePolicy();
    policy.sites["site-a"] = { provider: "outscale", region: "eu-west-3", jurisdiction: "FR" };
    expect(run(policy)[0].message).toContain("(it is a region of aws)");
  });

  it("flags an unknown zone of a known region", () => {
    const policy = basePolicy();
    policy.sites["site-b"].zone = "eu-west-2d";
    const [finding] = run(policy);
    expect(finding.path).toBe("sites.site-b.zone");
    expect(finding.message).toBe('site site-b: "eu-west-2d" is not a known zone of outscale region eu-west-2');
    expect(finding.hint).toContain("Known zones of eu-west-2: eu-west-2a, eu-west-2b, eu-west-2c");
  });
});
