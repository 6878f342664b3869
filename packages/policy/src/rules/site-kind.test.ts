import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { siteKind } from "./site-kind";

const run = (policy: object) => findingsOf(siteKind, policy);

describe("site-kind", () => {
  it("accepts cloud sites with regions, sites without regions off the clouds, and offices with staff", () => {
    const policy = basePolicy();
    policy.sites.dc = { provider: "on-premises", jurisdiction: "FR" };
    policy.sites.hq = { provider: "office", jurisdiction: "FR", staff: 100 };
    policy.services.api.sites = ["site-a", "dc"];
    expect(run(policy)).toEqual([]);
  });

  it("flags a service placed on an office", () => {
    const policy = basePolicy();
    policy.sites.hq = { provider: "office", jurisdiction: "FR", staff: 100 };
    policy.services.api.sites = ["site-a", "hq"];
    const [finding] = run(policy);
    expect(finding).toMatchObject({ code: "site-kind", severity: "error", path: "services.api.sites[1]" });
    expect(finding.message).toBe("service api is placed on office hq; offices hold people, not workloads");
  });

  it("flags a cloud site without a region", () => {
    const policy = basePolicy();
    policy.sites["site-c"] = { provider: "aws-eusc", jurisdiction: "DE" };
    const [finding] = run(policy);
    expect(finding.path).toBe("sites.site-c.region");
    expect(finding.message).toBe("site site-c is on aws-eusc but has no region");
    expect(finding.hint).toContain("region: eusc-de-east-1");
  });

  it("flags staff on a site that is not an office", () => {
    const policy = basePolicy();
    policy.sites.dc = { provider: "colocation", jurisdiction: "FR", staff: 12 };
    const [finding] = run(policy);
    expect(finding.path).toBe("sites.dc.staff");
    expect(finding.message).toContain("site dc is a colocation site, but staff counts people at offices only");
  });
});
