import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { duplicateId } from "./duplicate-id";

const run = (policy: object) => findingsOf(duplicateId, policy);

describe("duplicate-id", () => {
  it("accepts distinct ids and lists without repeats", () => {
    const policy = basePolicy();
    policy.scenarios = [
      { id: "one", kind: "site-loss", sites: ["site-a"] },
      { id: "two", kind: "site-loss", sites: ["site-b"] },
    ];
    expect(run(policy)).toEqual([]);
  });

  it("flags two scenarios with one id", () => {
    const policy = basePolicy();
    policy.scenarios = [
      { id: "loss", kind: "site-loss", sites: ["site-a"] },
      { id: "loss", kind: "provider-loss", provider: "outscale" },
    ];
    const [finding] = run(policy);
    expect(finding).toMatchObject({ code: "duplicate-id", severity: "error", path: "scenarios[1].id" });
    expect(finding.message).toBe('scenario id "loss" is used by scenarios[0] and scenarios[1]');
  });

  it("accepts a declared scenario with a generated id that describes exactly that loss", () => {
    const policy = basePolicy();
    policy.suppliers = { bank: { name: "Bank", criticality: "important" } };
    policy.scenarios = [
      { id: "site-loss:site-a", kind: "site-loss", sites: ["site-a"], description: "fire at site A" },
      { id: "region-loss:outscale/eu-west-2", kind: "region-loss", provider: "outscale", region: "eu-west-2" },
      { id: "provider-loss:outscale", kind: "provider-loss", provider: "outscale" },
      { id: "supplier-outage:bank", kind: "supplier-loss", supplier: "bank" },
    ];
    expect(run(policy)).toEqual([]);
  });

  it.each([
    ["another site", { id: "site-loss:site-b", kind: "site-loss", sites: ["site-a"] }, "the loss of site site-b"],
    ["two sites", { id: "site-loss:site-a", kind: "site-loss", sites: ["site-a", "site-b"] }, "site site-a"],
    [
      "another kind",
      { id: "provider-loss:outscale", kind: "region-loss", provider: "outscale", region: "eu-west-2" },
      "every site of outscale",
    ],
    [
      "another region",
      { id: "region-loss:outscale/eu-west-1", kind: "region-loss", provider: "outscale", region: "eu-west-2" },
      "region eu-west-1 of outscale",
    ],
    [
      "an exit",
      { id: "supplier-outage:bank", kind: "supplier-loss", supplier: "bank", mode: "exit" },
      "outage of supplier bank",
    ],
  ])("flags a declared scenario with a generated id describing %s", (_, scenario, loss) => {
    const policy = basePolicy();
    policy.suppliers = { bank: { name: "Bank", criticality: "important" } };
    policy.scenarios = [scenario as never];
    const [finding] = run(policy);
    expect(finding).toMatchObject({ code: "duplicate-id", severity: "error", path: "scenarios[0].id" });
    expect(finding.message).toContain("has the id of a generated scenario");
    expect(finding.message).toContain(`${loss}, but describes another loss`);
  });

  it("flags a site, dependency or commitment listed twice by a service", () => {
    const policy = basePolicy();
    policy.services.api.sites = ["site-a", "site-b", "site-a"];
    policy.services.db = { ...policy.services.api, sites: ["site-b", "site-a"], dependsOn: [] };
    policy.services.api.dependsOn = ["db", { service: "db", hard: false }];
    policy.commitments = { sla: { customer: "Merchants", maxOutage: "1h" } };
    policy.services.api.commitments = ["sla", "sla"];
    const findings = run(policy);
    expect(findings.map((finding) => finding.path)).toEqual([
      "services.api.commitments[1]",
      "services.api.dependsOn[1]",
      "services.api.sites[2]",
    ]);
    expect(findings[2].message).toBe("service api lists site site-a twice (sites[0] and sites[2])");
    expect(findings[1].message).toContain("service db twice");
  });

  it("flags a supplier listed as its own or a repeated alternate", () => {
    const policy = basePolicy();
    policy.suppliers = {
      cards: { name: "Cards", criticality: "critical", alternates: ["cards", "visa", "visa"] },
      visa: { name: "Visa", criticality: "important" },
    };
    const findings = run(policy);
    expect(findings.map((finding) => finding.path)).toEqual([
      "suppliers.cards.alternates[0]",
      "suppliers.cards.alternates[2]",
    ]);
    expect(findings[0].message).toBe("supplier cards names itself as its own alternate");
    expect(findings[1].message).toContain("alternate visa twice");
  });

  it("flags a crisis-cell role declared twice", () => {
    const policy = basePolicy();
    policy.crisisCell = {
      assembleWithin: "30m",
      roles: [
        { role: "director", primary: "A" },
        { role: "director", primary: "B" },
      ],
    };
    const [finding] = run(policy);
    expect(finding.path).toBe("crisisCell.roles[1].role");
    expect(finding.message).toContain('role "director" is declared twice');
  });
});
