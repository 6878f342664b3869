import { catalogueRegion, catalogueRegions, isCatalogueProvider, SITE_CATALOGUE } from "./catalogue";

describe("site catalogue", () => {
  it("knows the Outscale regions and their subregions", () => {
    expect(catalogueRegions("outscale")).toEqual([
      "eu-west-2",
      "cloudgouv-eu-west-1",
      "us-east-2",
      "us-west-1",
      "ap-northeast-1",
    ]);
    expect(catalogueRegion("outscale", "cloudgouv-eu-west-1")?.zones).toEqual([
      "cloudgouv-eu-west-1a",
      "cloudgouv-eu-west-1b",
      "cloudgouv-eu-west-1c",
    ]);
  });

  it("knows the AWS European Sovereign Cloud and AWS commercial regions", () => {
    expect(catalogueRegions("aws-eusc")).toEqual(["eusc-de-east-1"]);
    expect(catalogueRegion("aws", "eu-west-3")).toEqual({
      location: "Europe (Paris)",
      zones: ["eu-west-3a", "eu-west-3b", "eu-west-3c"],
    });
    expect(catalogueRegion("aws", "ap-northeast-1")?.zones).toEqual([
      "ap-northeast-1a",
      "ap-northeast-1c",
      "ap-northeast-1d",
    ]);
  });

  it("names every zone after its region", () => {
    for (const regions of Object.values(SITE_CATALOGUE)) {
      for (const [region, entry] of Object.entries(regions)) {
        for (const zone of entry.zones) expect(zone).toMatch(new RegExp(`^${region}[a-f]$`));
      }
    }
  });

  it("has no regions for providers that are not clouds, and no inherited names", () => {
    expect(isCatalogueProvider("on-premises")).toBe(false);
    expect(catalogueRegions("office")).toEqual([]);
    expect(catalogueRegion("aws", "toString")).toBeUndefined();
    expect(catalogueRegion("toString", "eu-west-3")).toBeUndefined();
  });
});
