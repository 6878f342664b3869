/** What a scenario takes out: lost sites (by site, zone, provider+region or provider), a supplier, absent staff. */
import { type ContinuityPolicy, lostHost, lostSites, type ScenarioSpec, type SiteSpec } from "@relais/policy";
import { scenarioFinding } from "../scenario-finding";
import type { ScenarioFinding } from "../types";

/** A scenario resolved against a policy. */
export interface ResolvedScenario {
  scenario: ScenarioSpec;
  /** Lost site ids. */
  lostSites: ReadonlySet<string>;
  /** The same, in policy order. */
  lostSiteList: string[];
  /** The supplier a `supplier-loss` takes out, and how. */
  supplier: { id: string; mode: "outage" | "exit" } | null;
  /** Share of staff absent (`staff-unavailability`), else 0. */
  absent: number;
  /** What the resolution itself reveals: a scenario that hits nothing, sites without a zone in a zone loss. */
  findings: ScenarioFinding[];
}

/**
 * Resolves a scenario: a site is lost when the scenario names it, its zone, its provider+region or its provider, or
 * when the supplier the scenario takes out hosts it. Site ids the policy does not declare are ignored (validation
 * reports them).
 */
export function resolveScenario(policy: ContinuityPolicy, scenario: ScenarioSpec): ResolvedScenario {
  const findings: ScenarioFinding[] =
    scenario.kind === "zone-loss" ? zonelessSites(Object.entries(policy.sites), scenario.zones) : [];
  const lostSiteList = lostSites(policy, scenario);
  const lost = new Set(lostSiteList);
  if (lostSiteList.length === 0 && scenario.kind !== "supplier-loss" && scenario.kind !== "staff-unavailability") {
    findings.unshift(
      scenarioFinding(
        "nothing-lost",
        `scenario ${scenario.id} loses no site of the policy (${describeTarget(scenario)} matches none): it tests nothing`,
      ),
    );
  }
  // Losing every site a supplier hosts is that supplier's outage: the same scenario as its supplier-loss.
  const host = scenario.kind === "supplier-loss" ? undefined : lostHost(policy, lost);
  return {
    scenario,
    lostSites: lost,
    lostSiteList,
    supplier:
      scenario.kind === "supplier-loss"
        ? { id: scenario.supplier, mode: scenario.mode }
        : host === undefined
          ? null
          : { id: host, mode: "outage" },
    absent: scenario.kind === "staff-unavailability" ? scenario.absent : 0,
    findings,
  };
}

/**
 * A cloud site with a region but no zone spans its region's zones: the loss of one zone does not take it out. Say so
 * when a lost zone looks like it belongs to that region (`eu-west-2a` in `eu-west-2`), so nobody reads "unaffected"
 * as "checked".
 */
function zonelessSites(sites: Array<[string, SiteSpec]>, zones: readonly string[]): ScenarioFinding[] {
  return sites.flatMap(([id, site]) => {
    const region = site.region;
    if (site.zone !== undefined || region === undefined) return [];
    const matching = zones.filter((zone) => zone.startsWith(region));
    if (matching.length === 0) return [];
    return [
      scenarioFinding(
        "site-without-zone",
        `site ${id} (${site.provider}/${region}) has no zone: it is taken to span its region's zones, so the loss ` +
          `of ${matching.join(", ")} does not take it out; set sites.${id}.zone if it lives in one zone`,
      ),
    ];
  });
}

function describeTarget(scenario: ScenarioSpec): string {
  switch (scenario.kind) {
    case "site-loss":
      return `sites ${scenario.sites.join(", ")}`;
    case "zone-loss":
      return `zones ${scenario.zones.join(", ")}`;
    case "region-loss":
      return `region ${scenario.provider}/${scenario.region}`;
    case "provider-loss":
      return `provider ${scenario.provider}`;
    default:
      return scenario.kind;
  }
}
