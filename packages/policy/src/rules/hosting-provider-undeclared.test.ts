import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { hostingProviderUndeclared } from "./hosting-provider-undeclared";

const outscale = { name: "3DS Outscale", criticality: "critical" as const, ict: true };

describe("hosting-provider-undeclared", () => {
  it("accepts cloud sites that a supplier hosts, and ignores sites that are not in a cloud", () => {
    const policy = basePolicy();
    policy.suppliers = { outscale: { ...outscale, hosts: ["site-a", "site-b"] } };
    policy.sites.dc = { provider: "on-premises", jurisdiction: "FR" };
    expect(findingsOf(hostingProviderUndeclared, policy)).toEqual([]);
  });

  it("flags a cloud provider whose sites no supplier hosts, once, naming every site", () => {
    const [finding, ...rest] = findingsOf(hostingProviderUndeclared, basePolicy());
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: "warning", path: "sites.site-a.provider" });
    expect(finding.message).toBe("3DS Outscale hosts sites site-a and site-b, but no supplier declares it (hosts)");
    expect(finding.hint).toContain("hosts: [site-a, site-b]");
  });

  it("flags the sites a declared supplier leaves out", () => {
    const policy = basePolicy();
    policy.suppliers = { outscale: { ...outscale, hosts: ["site-a"] } };
    const [finding] = findingsOf(hostingProviderUndeclared, policy);
    expect(finding.path).toBe("sites.site-b.provider");
    expect(finding.message).toContain("hosts site site-b,");
  });
});
