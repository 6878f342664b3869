import { res, run, tags } from "../testing/stack";
import { siteSeparation } from "./site-separation";

const SG = "aws:ec2/securityGroup:SecurityGroup";
const CHECK = "aws:route53/healthCheck:HealthCheck";
const REGION = { tiers: { critical: { separation: "region" as const } } };

describe("relais-site-separation", () => {
  it("accepts sites in two regions, and a cloud site with an external one", async () => {
    const twoRegions = [
      res(SG, "a", { tags: tags("api", "paris") }, { region: "eu-west-3" }),
      res(SG, "b", { tags: tags("api", "dublin") }, { region: "eu-west-1" }),
    ];
    expect(await run(siteSeparation, twoRegions, REGION)).toEqual([]);
    // The on-premises site has only a (global) health check, made through the Paris provider: a place of its own.
    const hybrid = [
      res(SG, "a", { tags: tags("api", "paris") }, { region: "eu-west-3" }),
      res(CHECK, "dc-health", { tags: tags("api", "datacenter") }, { region: "eu-west-3" }),
    ];
    expect(await run(siteSeparation, hybrid, REGION)).toEqual([]);
  });

  it("reports a region-separated tier with every site in one region", async () => {
    const resources = [
      res(SG, "a", { tags: tags("api", "gov-a") }, { region: "cloudgouv-eu-west-1" }),
      res(SG, "b", { tags: tags("api", "gov-b") }, { region: "cloudgouv-eu-west-1" }),
    ];
    const violations = await run(siteSeparation, resources, REGION);
    expect(violations).toHaveLength(1);
    expect(violations[0].message).toContain("(gov-a, gov-b) in region cloudgouv-eu-west-1");
    // Zone separation (the default) is satisfied by distinct sites of one region.
    expect(await run(siteSeparation, resources)).toEqual([]);
  });
});
