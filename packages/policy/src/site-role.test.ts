import { activeSites, failoverOrder, siteRole } from "./site-role";

describe("siteRole", () => {
  it("makes the first site of a failover strategy primary and the others standby, in failover order", () => {
    for (const strategy of ["warm-standby", "pilot-light", "backup-restore"] as const) {
      expect([0, 1, 2].map((index) => siteRole(strategy, index))).toEqual(["primary", "standby", "standby"]);
    }
  });

  it("makes every site of an active-active service active, the first one included", () => {
    expect([0, 1, 2].map((index) => siteRole("active-active", index))).toEqual(["active", "active", "active"]);
  });
});

describe("activeSites", () => {
  it("is the primary alone for a failover strategy", () => {
    expect(activeSites({ strategy: "warm-standby", sites: ["paris", "frankfurt", "milan"] })).toEqual(["paris"]);
  });

  it("is every site, in order, for active-active", () => {
    expect(activeSites({ strategy: "active-active", sites: ["paris", "frankfurt"] })).toEqual(["paris", "frankfurt"]);
  });

  it("is the single site of a service that has one, whatever the strategy", () => {
    expect(activeSites({ strategy: "pilot-light", sites: ["paris"] })).toEqual(["paris"]);
    expect(activeSites({ strategy: "active-active", sites: ["paris"] })).toEqual(["paris"]);
  });
});

describe("failoverOrder", () => {
  const service = { sites: ["paris", "frankfurt", "milan"] };

  it("keeps the policy's order of the sites that remain, so the next one takes over", () => {
    expect(failoverOrder(service, new Set(["paris"]))).toEqual(["frankfurt", "milan"]);
    expect(failoverOrder(service, new Set(["frankfurt"]))).toEqual(["paris", "milan"]);
  });

  it("is every site when nothing of the service is lost, and none when all are", () => {
    expect(failoverOrder(service, new Set(["lyon"]))).toEqual(service.sites);
    expect(failoverOrder(service, new Set(service.sites))).toEqual([]);
  });
});
