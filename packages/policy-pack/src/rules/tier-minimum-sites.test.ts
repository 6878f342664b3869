import { res, run, tags } from "../testing/stack";
import { tierMinimumSites } from "./tier-minimum-sites";

const SG = "aws:ec2/securityGroup:SecurityGroup";

describe("relais-tier-minimum-sites", () => {
  it("accepts a service on two sites", async () => {
    const resources = [
      res(SG, "api-a-sg", { tags: tags("api", "site-a") }, { region: "eu-west-3" }),
      res(SG, "api-b-sg", { tags: tags("api", "site-b", "critical", "standby") }, { region: "eu-west-1" }),
    ];
    expect(await run(tierMinimumSites, resources)).toEqual([]);
  });

  it("reports a service on fewer sites than its tier asks for", async () => {
    const resources = [res(SG, "api-a-sg", { tags: tags("api", "site-a") }, { region: "eu-west-3" })];
    const [violation, ...rest] = await run(tierMinimumSites, resources);
    expect(rest).toEqual([]);
    expect(violation.message).toContain("service api (tier critical) is deployed on 1 site (site-a)");
    expect(violation.message).toContain("fewer than the 2 its tier requires");
    expect(violation.urn).toBe(resources[0].urn);
  });

  it("counts the sites a FailoverService places, also one with no tagged resource (an external workload)", async () => {
    const service = res("relais:aws:FailoverService", "billing", {
      serviceId: "billing",
      placements: [
        { site: "datacenter", role: "primary", desired: 2 },
        { site: "osc-b", role: "standby", desired: 1 },
      ],
    });
    const standby = res(SG, "billing-osc-b-sg", { tags: tags("billing", "osc-b", "important", "standby") });
    expect(await run(tierMinimumSites, [service, standby])).toEqual([]);
    expect(await run(tierMinimumSites, [standby])).toHaveLength(1);
  });

  it("reads the minimum per tier from the config", async () => {
    const resources = [
      res(SG, "a", { tags: tags("api", "site-a") }, { region: "eu-west-3" }),
      res(SG, "b", { tags: tags("api", "site-b") }, { region: "eu-west-1" }),
    ];
    const violations = await run(tierMinimumSites, resources, { tiers: { critical: { minimumSites: 3 } } });
    expect(violations.map((violation) => violation.message)).toEqual([expect.stringContaining("the 3 its tier")]);
  });
});
