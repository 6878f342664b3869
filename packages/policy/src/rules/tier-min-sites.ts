import type { Rule } from "./rule";

export const tierMinSites: Rule = {
  code: "tier-min-sites",
  why: "A tier's minimum number of sites is what makes its services survive the loss of one site.",
  fix: "add sites to the service, or move it to a tier that asks for fewer sites",
  check: ({ policy }) =>
    Object.entries(policy.services).flatMap(([id, service]) => {
      const tier = policy.tiers[service.tier];
      const count = new Set(service.sites).size;
      if (!tier || count >= tier.minSites) return [];
      return [
        {
          path: `services.${id}.sites`,
          message: `service ${id} has ${count} site(s) but tier "${service.tier}" needs at least ${tier.minSites}`,
          hint: `add ${tier.minSites - count} more site(s) to services.${id}.sites, or lower tiers.${service.tier}.minSites`,
        },
      ];
    }),
};
