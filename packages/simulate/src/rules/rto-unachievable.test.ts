import { validatePolicy } from "@relais/policy";
import { basePolicy } from "@relais/test-support";
import { validationRules } from "../validation-rules";
import { rtoUnachievable } from "./rto-unachievable";

const run = (policy: object) =>
  validatePolicy(policy, { rules: [rtoUnachievable] }).findings.filter((f) => f.code === "rto-unachievable");

describe("rto-unachievable", () => {
  it("accepts a service whose primary-site loss recovers within the tier's rto", () => {
    // 30s + 0 + 60s + 4m = 5m30s ≤ 15m.
    expect(run(basePolicy())).toEqual([]);
  });

  it("flags a service whose estimate exceeds the tier's rto, naming each term and the largest one's fix", () => {
    const policy = basePolicy();
    policy.services.api.capacity = { required: 4, standby: 1, scaleUp: "15m" };
    expect(run(policy)).toEqual([
      {
        code: "rto-unachievable",
        severity: "error",
        path: "services.api",
        message:
          "service api: losing its primary site site-a gives an estimated RTO of 16m30s (detection 30s + decision 0s + switch 1m + recovery 15m + dependencies 0s), above tier critical rto 15m",
        hint: "keep services.api.capacity.standby at 4 (required) so the failover site needs no scale-up, or shorten capacity.scaleUp, or raise tiers.critical.rto; relais preview --site site-a --explain api shows each term",
      },
    ]);
  });

  it("counts a slow hard dependency", () => {
    const policy = basePolicy();
    policy.services.db = {
      ...policy.services.api,
      strategy: "pilot-light",
      capacity: { required: 2, scaleUp: "30m" },
    };
    policy.services.api.dependsOn = ["db"];
    const findings = run(policy);
    expect(findings.map((f) => f.path)).toEqual(["services.api", "services.db"]);
    expect(findings[0].message).toContain("(detection 30s + decision 0s + switch 1m + recovery 4m + dependencies 26m)");
    expect(findings[0].hint).toContain("hard dependency db is back only after 31m30s");
  });

  it("flags a service that would be down, and ignores single-site services", () => {
    const policy = basePolicy();
    policy.services.db = { ...policy.services.api, sites: ["site-a"], capacity: { required: 2, scaleUp: "1h" } };
    policy.services.api.dependsOn = ["db"];
    const [finding] = run(policy);
    expect(finding.path).toBe("services.api");
    expect(finding.message).toBe(
      "service api is down when its primary site site-a is lost (hard dependency db is down), so tier critical rto 15m cannot be met",
    );
  });

  it("is part of the rules relais validate runs, after the policy rules", () => {
    expect(validationRules.at(-1)).toBe(rtoUnachievable);
    expect(validationRules.length).toBeGreaterThan(1);
  });

  it("never throws on a policy that references unknown tiers, sites or services", () => {
    const policy = basePolicy();
    policy.services.api.tier = "ghost";
    policy.services.other = { ...basePolicy().services.api, sites: ["nowhere", "site-b"], dependsOn: ["missing"] };
    expect(run(policy)).toEqual([]);
  });
});
