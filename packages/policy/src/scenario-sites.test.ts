import { basePolicy, parseSchema } from "@relais/test-support";
import { lostSites } from "./scenario-sites";

function policy() {
  const input = basePolicy();
  input.sites.gov = {
    provider: "outscale",
    region: "cloudgouv-eu-west-1",
    zone: "cloudgouv-eu-west-1a",
    jurisdiction: "FR",
  };
  input.sites.eusc = { provider: "aws-eusc", region: "eusc-de-east-1", jurisdiction: "DE" };
  input.sites.hq = { provider: "office", jurisdiction: "FR", staff: 10 };
  return parseSchema(input);
}

describe("lostSites", () => {
  const parsed = policy();
  const lost = (scenario: object) => lostSites(parsed, { id: "s", causes: [], ...scenario } as never);

  it("takes out sites by name, zone, provider+region and provider, in policy order", () => {
    expect(lost({ kind: "site-loss", sites: ["hq", "site-a", "ghost"] })).toEqual(["site-a", "hq"]);
    expect(lost({ kind: "zone-loss", zones: ["eu-west-2b", "cloudgouv-eu-west-1a"] })).toEqual(["site-b", "gov"]);
    expect(lost({ kind: "region-loss", provider: "outscale", region: "eu-west-2" })).toEqual(["site-a", "site-b"]);
    expect(lost({ kind: "provider-loss", provider: "outscale" })).toEqual(["site-a", "site-b", "gov"]);
  });

  it("takes out no site for supplier and staff scenarios", () => {
    expect(lost({ kind: "supplier-loss", supplier: "x", mode: "outage" })).toEqual([]);
    expect(lost({ kind: "staff-unavailability", absent: 0.4 })).toEqual([]);
  });
});
