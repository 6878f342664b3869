import type { StackValidationPolicy } from "@pulumi/policy";
import { type PackConfig, tierConfig, tiersSchema } from "../config";
import { taggedServices } from "../service-sites";

/** A service on fewer sites than its tier asks for has nowhere to fail over to. */
export const tierMinimumSites: StackValidationPolicy = {
  name: "relais-tier-minimum-sites",
  description:
    "Each service (resources tagged relais:service) is deployed on at least its tier's minimumSites distinct sites (config `tiers`, default 2).",
  enforcementLevel: "mandatory",
  configSchema: tiersSchema,
  validateStack: (args, reportViolation) => {
    const config = args.getConfig<PackConfig>();
    for (const service of taggedServices(args.resources)) {
      const minimum = tierConfig(config, service.tier).minimumSites;
      if (service.sites.size >= minimum) continue;
      reportViolation(
        `service ${service.service} (tier ${service.tier}) is deployed on ${service.sites.size} site${service.sites.size === 1 ? "" : "s"} (${[...service.sites.keys()].join(", ")}), fewer than the ${minimum} its tier requires: deploy it on another site of the policy`,
        service.urn,
      );
    }
  },
};
