import { lostSites } from "../scenario-sites";
import { strictestTiers } from "../tier-order";
import type { Rule } from "./rule";
import { listNames } from "./text";

export const tierNotExercised: Rule = {
  code: "tier-not-exercised",
  why:
    "The failover of the most critical services is the one that must work; until a scenario that loses their " +
    "primary site has been exercised, it is a hope, not a plan.",
  fix: "declare a scenario that takes out the primary site (site-loss, zone-loss, region-loss) and an exercise of it",
  check: ({ policy }) => {
    const covered = new Set<string>();
    const scenarios = new Map(policy.scenarios.map((scenario) => [scenario.id, scenario]));
    for (const exercise of policy.exercises) {
      const scenario = scenarios.get(exercise.scenario);
      if (scenario) for (const site of lostSites(policy, scenario)) covered.add(site);
    }
    const strictest = new Set(strictestTiers(policy));
    const uncovered = new Map<string, string[]>();
    for (const [id, service] of Object.entries(policy.services)) {
      const primary = service.sites[0];
      if (!strictest.has(service.tier) || !policy.sites[primary] || covered.has(primary)) continue;
      uncovered.set(primary, [...(uncovered.get(primary) ?? []), id]);
    }
    return [...uncovered].map(([site, services]) => {
      const tiers = [...new Set(services.map((id) => `"${policy.services[id].tier}"`))].join(", ");
      return {
        path: `services.${services[0]}.sites[0]`,
        message: `no exercise covers a scenario that takes out ${site}, the primary site of ${listNames(services)} (strictest tier ${tiers})`,
        hint: `declare a scenario such as { id: ${site}-loss, kind: site-loss, sites: [${site}] } and an exercise of it`,
      };
    });
  },
};
