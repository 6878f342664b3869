import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { mtpdBelowRto } from "./mtpd-below-rto";

const run = (policy: object) => findingsOf(mtpdBelowRto, policy);

describe("mtpd-below-rto", () => {
  it("accepts an mtpd equal to or above the rto", () => {
    const policy = basePolicy();
    expect(run(policy)).toEqual([]);
    policy.tiers.critical.mtpd = "15m";
    expect(run(policy)).toEqual([]);
  });

  it("flags an mtpd shorter than the rto", () => {
    const policy = basePolicy();
    policy.tiers.critical.mtpd = "10m";
    const [finding] = run(policy);
    expect(finding).toMatchObject({ code: "mtpd-below-rto", severity: "error", path: "tiers.critical.mtpd" });
    expect(finding.message).toBe('tier "critical" has an mtpd of 10m, shorter than its rto of 15m');
  });
});
