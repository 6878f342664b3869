import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { unknownReference } from "./unknown-reference";

const run = (policy: object) => findingsOf(unknownReference, policy);

function withEverything() {
  const policy = basePolicy();
  policy.suppliers = { "card-network": { name: "Cards", criticality: "critical", alternates: ["backup-network"] } };
  policy.suppliers["backup-network"] = { name: "Backup cards", criticality: "important" };
  policy.commitments = { sla: { customer: "Merchants", maxOutage: "30m" } };
  policy.services.api.dependsOn = [{ supplier: "card-network" }];
  policy.services.api.commitments = ["sla"];
  policy.stages = [{ level: 1, name: "Vigilance", actions: ["check"] }];
  policy.scenarios = [
    { id: "a-loss", kind: "site-loss", sites: ["site-a"], stage: 1 },
    { id: "zone", kind: "zone-loss", zones: ["eu-west-2a"] },
    { id: "region", kind: "region-loss", provider: "outscale", region: "eu-west-2" },
    { id: "provider", kind: "provider-loss", provider: "outscale" },
    { id: "cards", kind: "supplier-loss", supplier: "card-network" },
  ];
  policy.exercises = [{ scenario: "a-loss", every: "90d" }];
  return policy;
}

describe("unknown-reference", () => {
  it("accepts a policy whose references all exist", () => {
    expect(run(withEverything())).toEqual([]);
  });

  it("flags an undeclared tier and suggests the nearest", () => {
    const policy = basePolicy();
    policy.services.api.tier = "critcal";
    const [finding] = run(policy);
    expect(finding).toMatchObject({ code: "unknown-reference", severity: "error", path: "services.api.tier" });
    expect(finding.message).toContain('service api uses tier "critcal", which is not declared');
    expect(finding.hint).toContain('did you mean "critical"?');
  });

  it("flags an undeclared site of a service", () => {
    const policy = basePolicy();
    policy.services.api.sites = ["site-a", "site-c"];
    const [finding] = run(policy);
    expect(finding.path).toBe("services.api.sites[1]");
    expect(finding.message).toContain('site "site-c", which is not declared under sites');
  });

  it("flags undeclared service and supplier dependencies, and says when the kind is wrong", () => {
    const policy = withEverything();
    policy.services.api.dependsOn = ["ghost", { supplier: "nobody" }, "card-network"];
    const findings = run(policy);
    expect(findings.map((finding) => finding.path)).toEqual([
      "services.api.dependsOn[0]",
      "services.api.dependsOn[1]",
      "services.api.dependsOn[2]",
    ]);
    expect(findings[0].message).toContain('depends on service "ghost"');
    expect(findings[1].message).toContain('depends on supplier "nobody"');
    expect(findings[2].message).toContain('"card-network" is a supplier');
    expect(findings[2].hint).toContain("{ supplier: card-network }");
  });

  it("flags an undeclared commitment and supplier alternate", () => {
    const policy = withEverything();
    policy.services.api.commitments = ["sla", "gold"];
    policy.suppliers!["card-network"].alternates = ["backup-netwrk"];
    const findings = run(policy);
    expect(findings.map((finding) => finding.path)).toEqual([
      "services.api.commitments[1]",
      "suppliers.card-network.alternates[0]",
    ]);
    expect(findings[0].message).toContain('commitment "gold"');
    expect(findings[1].hint).toContain('did you mean "backup-network"?');
  });

  it("flags a site a supplier hosts that is not declared", () => {
    const policy = withEverything();
    policy.suppliers!["card-network"].hosts = ["site-a", "site-c"];
    const findings = run(policy);
    expect(findings).toHaveLength(1);
    expect(findings[0].path).toBe("suppliers.card-network.hosts[1]");
    expect(findings[0].message).toBe('supplier card-network hosts site "site-c", which is not declared under sites');
  });

  it("flags scenario sites, zones, regions, providers, suppliers and stages that do not exist", () => {
    const policy = withEverything();
    policy.scenarios = [
      { id: "a-loss", kind: "site-loss", sites: ["site-x"], stage: 2 },
      { id: "zone", kind: "zone-loss", zones: ["eu-west-2d"] },
      { id: "region", kind: "region-loss", provider: "outscale", region: "eu-west-9" },
      { id: "provider", kind: "provider-loss", provider: "aws" },
      { id: "cards", kind: "supplier-loss", supplier: "visa" },
    ];
    const findings = run(policy);
    expect(findings.map((finding) => finding.path)).toEqual([
      "scenarios[0].sites[0]",
      "scenarios[0].stage",
      "scenarios[1].zones[0]",
      "scenarios[2].region",
      "scenarios[3].provider",
      "scenarios[4].supplier",
    ]);
    expect(findings[1].message).toBe("scenario a-loss opens stage 2, but stages declare levels 1");
    expect(findings[2].message).toContain('zone "eu-west-2d", but no site declares that zone');
    expect(findings[3].message).toContain('outscale region "eu-west-9", but no outscale site is in that region');
    expect(findings[3].hint).toContain('did you mean "eu-west-2"?');
    expect(findings[4].message).toContain("provider aws, but no site is on aws");
    expect(findings[5].message).toContain('supplier "visa"');
  });

  it("flags an exercise of an undeclared scenario", () => {
    const policy = withEverything();
    policy.exercises = [{ scenario: "a-los", every: "90d" }];
    const [finding] = run(policy);
    expect(finding.path).toBe("exercises[0].scenario");
    expect(finding.message).toContain('scenario "a-los", which is not declared');
    expect(finding.hint).toContain('did you mean "a-loss"?');
  });
});
