import type { ScenarioSpec } from "@relais/policy";
import { parse, policyInput, service } from "../testing/fixtures";
import { resolveScenario } from "./resolve";

const policy = () => {
  const input = policyInput({ api: service() });
  input.sites.plain = { provider: "outscale", region: "eu-west-2", jurisdiction: "FR" };
  input.sites.room = { provider: "on-premises", jurisdiction: "FR" };
  return parse(input);
};
const base = { id: "s", causes: [] };

describe("resolveScenario", () => {
  it("site-loss: the named sites, in policy order, ignoring names the policy lacks", () => {
    const resolved = resolveScenario(policy(), { ...base, kind: "site-loss", sites: ["room", "b", "ghost"] });
    expect(resolved.lostSiteList).toEqual(["b", "room"]);
    expect(resolved.findings).toEqual([]);
  });

  it("zone-loss: the sites in the zone; a site of that region without a zone survives, with a warning", () => {
    const resolved = resolveScenario(policy(), { ...base, kind: "zone-loss", zones: ["eu-west-2a"] });
    expect(resolved.lostSiteList).toEqual(["a"]);
    expect(resolved.findings).toEqual([
      {
        code: "site-without-zone",
        severity: "warning",
        message:
          "site plain (outscale/eu-west-2) has no zone: it is taken to span its region's zones, so the loss of eu-west-2a does not take it out; set sites.plain.zone if it lives in one zone",
      },
    ]);
  });

  it("region-loss: every site of the provider's region", () => {
    const scenario: ScenarioSpec = { ...base, kind: "region-loss", provider: "outscale", region: "eu-west-2" };
    expect(resolveScenario(policy(), scenario).lostSiteList).toEqual(["a", "b", "c", "plain"]);
  });

  it("provider-loss: every site of the provider", () => {
    expect(resolveScenario(policy(), { ...base, kind: "provider-loss", provider: "aws" }).lostSiteList).toEqual(["d"]);
    expect(resolveScenario(policy(), { ...base, kind: "provider-loss", provider: "office" }).lostSiteList).toEqual([
      "hq",
    ]);
  });

  it("supplier-loss and staff-unavailability lose no site", () => {
    const supplier = resolveScenario(policy(), { ...base, kind: "supplier-loss", supplier: "x", mode: "exit" });
    expect(supplier).toMatchObject({ lostSiteList: [], supplier: { id: "x", mode: "exit" }, absent: 0, findings: [] });
    const staff = resolveScenario(policy(), { ...base, kind: "staff-unavailability", absent: 0.3 });
    expect(staff).toMatchObject({ lostSiteList: [], supplier: null, absent: 0.3, findings: [] });
  });

  it("warns when a scenario meant to lose sites loses none", () => {
    const resolved = resolveScenario(policy(), { ...base, kind: "region-loss", provider: "aws", region: "us-east-1" });
    expect(resolved.findings).toEqual([
      {
        code: "nothing-lost",
        severity: "warning",
        message: "scenario s loses no site of the policy (region aws/us-east-1 matches none): it tests nothing",
      },
    ]);
  });
});
