import { hostedSites } from "./hosting";
import type { ContinuityPolicy, ScenarioSpec } from "./schema/policy";

/**
 * The sites a scenario takes out, in policy order: a site is lost when the scenario names it, its zone, its
 * provider+region, or its provider. The loss of a supplier (outage or exit) takes out the sites it `hosts`; staff
 * scenarios take out no site; names that match no site are skipped (`unknown-reference` reports them).
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
    case "supplier-loss":
      return hostedSites(policy, scenario.supplier);
    default:
      return [];
  }
}

/**
 * The supplier a scenario takes out with its sites: the first supplier, in policy order, that hosts sites and whose
 * every hosted site is lost. Losing every site of a hosting provider is that provider's outage.
 */
export function lostHost(policy: ContinuityPolicy, lost: ReadonlySet<string>): string | undefined {
  return Object.keys(policy.suppliers).find((id) => {
    const hosted = hostedSites(policy, id);
    return hosted.length > 0 && hosted.every((site) => lost.has(site));
  });
}
