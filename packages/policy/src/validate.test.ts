import { basePolicy, examplePolicyText } from "@relais/test-support";
import { stringify } from "yaml";
import { validatePolicy } from "./validate";

const yaml = (data: object) => stringify(data);

describe("validatePolicy: bad input gets findings that name the place and the fix", () => {
  it("accepts the example policy (schema and syntax)", () => {
    const result = validatePolicy(examplePolicyText(), { rules: [] });
    expect(result).toMatchObject({ valid: true, findings: [] });
    expect(result.policy?.metadata.name).toBe("acme-payments");
  });

  it("reports an empty file", () => {
    expect(validatePolicy("")).toEqual({
      valid: false,
      policy: null,
      findings: [expect.objectContaining({ code: "schema", path: "(root)", message: "the policy is empty" })],
    });
    expect(validatePolicy("# only a comment\n").findings[0].hint).toContain("relais init");
  });

  it("reports text that is not a YAML mapping", () => {
    const [finding] = validatePolicy("just some words").findings;
    expect(finding).toMatchObject({ code: "schema", path: "(root)" });
    expect(finding.message).toContain(
      'the policy must be a mapping with apiVersion, kind, metadata, tiers, sites and services; got the text "just some words"',
    );
  });

  it("reports YAML syntax errors by line and column", () => {
    const [finding] = validatePolicy("apiVersion: relais/v1\nkind: ContinuityPolicy\nmetadata: { name: x\n").findings;
    // The unclosed flow mapping runs to the end of the text: line 4, column 1.
    expect(finding).toMatchObject({ code: "syntax", path: "(root)", line: 4, column: 1 });
  });

  it("reports wrong types with the field and what was given", () => {
    const policy = basePolicy() as Record<string, unknown> & ReturnType<typeof basePolicy>;
    (policy.services.api.capacity as Record<string, unknown>).required = "four";
    const [finding] = validatePolicy(yaml(policy)).findings;
    expect(finding).toMatchObject({ code: "schema", path: "services.api.capacity.required" });
    expect(finding.message).toBe('expected a whole number, got the text "four"');
  });

  it("reports unknown keys and suggests the known one", () => {
    const policy = basePolicy();
    (policy.services.api as Record<string, unknown>).stratgy = "warm-standby";
    const findings = validatePolicy(yaml(policy)).findings;
    expect(findings).toContainEqual(
      expect.objectContaining({ path: "services.api.stratgy", message: 'unknown key "stratgy"' }),
    );
    expect(findings.find((finding) => finding.path === "services.api.stratgy")?.hint).toContain(
      'did you mean "strategy"?',
    );
  });

  it("refuses a bare-number duration and shows the accepted forms", () => {
    const [finding] = validatePolicy(yaml(basePolicy()).replace("rto: 15m", "rto: 15")).findings;
    expect(finding).toMatchObject({ code: "schema", path: "tiers.critical.rto" });
    expect(finding.message).toBe(
      "expected a duration with a unit (90s, 15m, 4h, 2d, 1h30m or ISO 8601 such as PT15M or P2D), got the number 15",
    );
    expect(finding.hint).toContain("write a duration with a unit");
  });

  it("reports dangling references, duplicate ids, stage gaps and dependency cycles together", () => {
    const policy = basePolicy();
    policy.services.api.dependsOn = ["api"];
    policy.services.api.sites = ["site-a", "site-z"];
    policy.stages = [
      { level: 1, name: "One", actions: ["a"] },
      { level: 3, name: "Three", actions: ["c"] },
    ];
    policy.scenarios = [
      { id: "x", kind: "site-loss", sites: ["site-a"] },
      { id: "x", kind: "site-loss", sites: ["site-b"] },
    ];
    const result = validatePolicy(yaml(policy));
    expect(result.valid).toBe(false);
    const errors = result.findings.filter((finding) => finding.severity === "error");
    expect(errors.map((finding) => `${finding.path} ${finding.code}`)).toEqual([
      "scenarios[1].id duplicate-id",
      "services.api.dependsOn[0] dependency-cycle",
      "services.api.sites[1] unknown-reference",
      "stages stage-levels",
    ]);
    for (const finding of result.findings) expect(finding.hint.length).toBeGreaterThan(10);
  });

  it("keeps warnings from failing a policy and runs date rules only with today", () => {
    const policy = basePolicy();
    policy.metadata.reviewedOn = "2020-01-01";
    policy.metadata.reviewEvery = "30d";
    expect(validatePolicy(policy).findings.map((finding) => finding.code)).not.toContain("review-overdue");
    const result = validatePolicy(policy, { today: "2026-11-28" });
    expect(result.valid).toBe(true);
    expect(result.findings.map((finding) => finding.code)).toContain("review-overdue");
  });
});
