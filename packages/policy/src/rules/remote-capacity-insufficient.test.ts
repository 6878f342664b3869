import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { remoteCapacityInsufficient } from "./remote-capacity-insufficient";

const run = (policy: object) => findingsOf(remoteCapacityInsufficient, policy);

function withOffice(capacity?: string) {
  const policy = basePolicy();
  policy.sites.hq = { provider: "office", jurisdiction: "FR", staff: 300 };
  policy.sites.lyon = { provider: "office", jurisdiction: "FR", staff: 100 };
  policy.people = { staff: 400, ...(capacity ? { remoteWork: { capacity, sustainFor: "24h" } } : {}) };
  return policy;
}

describe("remote-capacity-insufficient", () => {
  it("accepts offices whose share of staff can all work remotely, and policies without people", () => {
    expect(run(withOffice("75%"))).toEqual([]);
    const policy = withOffice();
    delete policy.people;
    expect(run(policy)).toEqual([]);
  });

  it("flags an office whose share of staff exceeds the remote capacity", () => {
    const [finding] = run(withOffice("50%"));
    expect(finding).toMatchObject({
      code: "remote-capacity-insufficient",
      severity: "warning",
      path: "sites.hq.staff",
    });
    expect(finding.message).toBe(
      "office hq holds 300 of 400 staff (75%), but only 50% of staff can work remotely at once (people.remoteWork.capacity)",
    );
    expect(finding.hint).toContain("at least 75%");
  });

  it("flags offices when no remote-work capacity is declared", () => {
    const findings = run(withOffice());
    expect(findings.map((finding) => finding.path)).toEqual(["sites.hq.staff", "sites.lyon.staff"]);
    expect(findings[1].message).toContain("no remote-work capacity is declared");
  });
});
