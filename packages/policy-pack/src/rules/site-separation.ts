import type { StackValidationPolicy } from "@pulumi/policy";
import { type PackConfig, tierConfig, tiersSchema } from "../config";
import { taggedServices } from "../service-sites";

/** A tier separated by region must not have all its sites in one region: a regional outage takes them all. */
export const siteSeparation: StackValidationPolicy = {
  name: "relais-site-separation",
  description:
    "A service whose tier asks for `region` separation (config `tiers`) has sites in at least two places: two regions, or a region and a site outside the clouds (on-premises, colocation).",
  enforcementLevel: "mandatory",
  configSchema: tiersSchema,
  validateStack: (args, reportViolation) => {
    const config = args.getConfig<PackConfig>();
    for (const service of taggedServices(args.resources)) {
      if (tierConfig(config, service.tier).separation !== "region" || service.sites.size < 2) continue;
      // A site with no regional resource (an external workload) is a place of its own.
      const places = new Set([...service.sites].map(([site, region]) => region ?? `site:${site}`));
      if (places.size >= 2) continue;
      const [region] = places;
      reportViolation(
        `service ${service.service} (tier ${service.tier}) has all its sites (${[...service.sites.keys()].join(", ")}) in region ${region}, but its tier asks for region separation: move a site to another region`,
        service.urn,
      );
    }
  },
};
