import { basePolicy, parseSchema } from "@relais/test-support";
import { hostedSites, hostingProviders, ictProviderIds } from "./hosting";

describe("hostingProviders", () => {
  it("lists a supplier that hosts sites under its own id and name", () => {
    const input = basePolicy();
    input.suppliers = { outscale: { name: "3DS Outscale SAS", criticality: "critical", hosts: ["site-b", "site-a"] } };
    const policy = parseSchema(input);
    expect(hostingProviders(policy)).toEqual([
      { id: "outscale", supplier: "outscale", name: "3DS Outscale SAS", sites: ["site-a", "site-b"] },
    ]);
    expect(hostedSites(policy, "outscale")).toEqual(["site-a", "site-b"]);
  });

  it("lists an undeclared cloud provider under its provider name, and no on-premises site", () => {
    const input = basePolicy();
    input.sites.dc = { provider: "on-premises", jurisdiction: "FR" };
    expect(hostingProviders(parseSchema(input))).toEqual([
      { id: "outscale", name: "3DS Outscale", sites: ["site-a", "site-b"] },
    ]);
  });
});

describe("ictProviderIds", () => {
  it("lists ICT suppliers and hosting suppliers in policy order, then undeclared cloud providers", () => {
    const input = basePolicy();
    input.sites.paris = { provider: "aws", region: "eu-west-3", jurisdiction: "FR" };
    input.suppliers = {
      cards: { name: "Cards", criticality: "critical", ict: true },
      cleaning: { name: "Cleaning", criticality: "minor" },
      outscale: { name: "3DS Outscale", criticality: "critical", hosts: ["site-a", "site-b"] },
    };
    expect(ictProviderIds(parseSchema(input))).toEqual(["cards", "outscale", "aws"]);
  });
});
