import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { singleSite } from "./single-site";

const run = (policy: object) => findingsOf(singleSite, policy);

describe("single-site", () => {
  it("accepts a service with two sites", () => {
    expect(run(basePolicy())).toEqual([]);
  });

  it("flags a service with one site in a tier that allows one", () => {
    const policy = basePolicy();
    policy.tiers.critical.minSites = 1;
    policy.services.api.sites = ["site-a"];
    const [finding] = run(policy);
    expect(finding).toMatchObject({ code: "single-site", severity: "warning", path: "services.api.sites" });
    expect(finding.message).toBe(
      "service api runs on site site-a only: losing it stops the service until the site returns",
    );
  });

  it("leaves a tier that asks for more sites to tier-min-sites", () => {
    const policy = basePolicy();
    policy.services.api.sites = ["site-a"];
    expect(run(policy)).toEqual([]);
  });
});
