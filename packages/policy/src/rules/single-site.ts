import type { Rule } from "./rule";

export const singleSite: Rule = {
  code: "single-site",
  why: "A service with one site has no failover: its recovery time is however long the site takes to come back.",
  fix: "add a failover site, or accept the risk knowingly in a tier with a long rto",
  check: ({ policy }) =>
    Object.entries(policy.services).flatMap(([id, service]) => {
      if (new Set(service.sites).size !== 1) return [];
      if ((policy.tiers[service.tier]?.minSites ?? 1) > 1) return [];
      return [
        {
          path: `services.${id}.sites`,
          message: `service ${id} runs on site ${service.sites[0]} only: losing it stops the service until the site returns`,
          hint: `add a failover site to services.${id}.sites`,
        },
      ];
    }),
};
