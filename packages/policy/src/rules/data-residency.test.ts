import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { dataResidency } from "./data-residency";

const run = (policy: object) => findingsOf(dataResidency, policy);

function restricted() {
  const policy = basePolicy();
  policy.sovereignty = {
    restricted: { jurisdictions: ["FR"], qualifications: ["secnumcloud"] },
    confidential: { jurisdictions: ["EU"] },
  };
  policy.sites["site-a"].qualifications = ["secnumcloud"];
  policy.sites["site-b"].qualifications = ["secnumcloud", "hds"];
  policy.services.api.dataClass = "restricted";
  return policy;
}

describe("data-residency", () => {
  it("accepts sites with the required jurisdiction and qualifications, and classes without a rule", () => {
    const policy = restricted();
    expect(run(policy)).toEqual([]);
    policy.services.api.dataClass = "internal";
    policy.sites["site-b"].jurisdiction = "US";
    expect(run(policy)).toEqual([]);
  });

  it("flags a site that lacks a required qualification", () => {
    const policy = restricted();
    policy.sites["site-b"].qualifications = ["iso27001"];
    const [finding] = run(policy);
    expect(finding).toMatchObject({ code: "data-residency", severity: "error", path: "services.api.sites[1]" });
    expect(finding.message).toBe(
      "service api holds restricted data, but site site-b lacks the qualification secnumcloud",
    );
  });

  it("flags a site outside the allowed jurisdictions", () => {
    const policy = restricted();
    policy.sites["site-a"].jurisdiction = "DE";
    const [finding] = run(policy);
    expect(finding.path).toBe("services.api.sites[0]");
    expect(finding.message).toContain("site site-a is in DE, outside the allowed jurisdictions (FR)");
  });

  it("reads EU as any member state", () => {
    const policy = restricted();
    policy.services.api.dataClass = "confidential";
    policy.sites["site-a"].jurisdiction = "DE";
    policy.sites["site-b"].jurisdiction = "GR";
    expect(run(policy)).toEqual([]);
    policy.sites["site-b"].jurisdiction = "CH";
    const [finding] = run(policy);
    expect(finding.message).toContain("site site-b is in CH, outside the allowed jurisdictions (EU)");
  });
});
