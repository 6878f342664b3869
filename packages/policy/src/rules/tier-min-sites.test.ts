import { basePolicy } from "@relais/test-support";
import { validatePolicy } from "../validate";
import { tierMinSites } from "./tier-min-sites";

const run = (policy: object) =>
  validatePolicy(policy, { rules: [tierMinSites] }).findings.filter((finding) => finding.code === "tier-min-sites");

describe("tier-min-sites", () => {
  it("accepts a service with as many sites as its tier asks", () => {
    expect(run(basePolicy())).toEqual([]);
  });

  it("flags a service with fewer sites than minSites", () => {
    const policy = basePolicy();
    policy.services.api.sites = ["site-a"];
    const [finding] = run(policy);
    expect(finding).toMatchObject({ code: "tier-min-sites", severity: "error", path: "services.api.sites" });
    expect(finding.message).toContain('service api has 1 site(s) but tier "critical" needs at least 2');
    expect(finding.hint).toContain("add 1 more site(s)");
  });
});
