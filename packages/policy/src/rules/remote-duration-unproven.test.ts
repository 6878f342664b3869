import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { remoteDurationUnproven } from "./remote-duration-unproven";

const run = (policy: object) => findingsOf(remoteDurationUnproven, policy);

function withHq(duration?: string) {
  const policy = basePolicy();
  policy.sites.hq = { provider: "office", jurisdiction: "FR", staff: 100 };
  policy.people = { staff: 100, remoteWork: { capacity: "100%", sustainFor: "24h" } };
  policy.scenarios = [{ id: "hq-inaccessible", kind: "site-loss", sites: ["hq"], duration }];
  return policy;
}

describe("remote-duration-unproven", () => {
  it("accepts a loss of the office within the proven duration, or without a duration", () => {
    expect(run(withHq("24h"))).toEqual([]);
    expect(run(withHq())).toEqual([]);
  });

  it("flags a scenario that makes an office inaccessible longer than proven", () => {
    const [finding] = run(withHq("72h"));
    expect(finding).toMatchObject({
      code: "remote-duration-unproven",
      severity: "warning",
      path: "scenarios[0].duration",
    });
    expect(finding.message).toBe(
      "scenario hq-inaccessible makes office hq inaccessible for 3d, but remote work is proven for 1d only (people.remoteWork.sustainFor)",
    );
  });

  it("flags a long provider-wide loss of offices when no remote work is declared", () => {
    const policy = withHq();
    delete policy.people;
    policy.scenarios = [{ id: "offices", kind: "provider-loss", provider: "office", duration: "2d" }];
    const [finding] = run(policy);
    expect(finding.message).toContain("no remote-work duration is proven (people.remoteWork is not declared)");
  });

  it("ignores long scenarios that take out no office", () => {
    const policy = withHq();
    policy.scenarios = [{ id: "zone", kind: "site-loss", sites: ["site-a"], duration: "7d" }];
    expect(run(policy)).toEqual([]);
  });
});
