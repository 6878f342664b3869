import type { ContinuityPolicy, ScenarioSpec } from "./schema/policy";

/**
 * The sites a scenario takes out, in policy order: a site is lost when the scenario names it, its zone, its
 * provider+region, or its provider (DESIGN.md, "The estimate model"). Supplier and staff scenarios take out no site;
 * names that match no site are skipped (`unknown-reference` reports them).
 */
export function lostSites(policy: ContinuityPolicy, scenario: ScenarioSpec): string[] {
  const sites = Object.entries(policy.sites);
  switch (scenario.kind) {
    case "site-loss": {
      const named = new Set(scenario.sites);
      return sites.filter(([id]) => named.has(id)).map(([id]) => id);
    }
    case "zone-loss": {
      const zones = new Set(scenario.zones);
      return sites.filter(([, site]) => site.zone !== undefined && zones.has(site.zone)).map(([id]) => id);
    }
    case "region-loss":
      return sites
        .filter(([, site]) => site.provider === scenario.provider && site.region === scenario.region)
        .map(([id]) => id);
    case "provider-loss":
      return sites.filter(([, site]) => site.provider === scenario.provider).map(([id]) => id);
    default:
      return [];
  }
}
