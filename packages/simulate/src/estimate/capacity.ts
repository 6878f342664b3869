/**
 * Site over-commitment: a site's demand is the sum of `required` of the services active on it after the scenario
 * (active-active services count `required / surviving active sites` on each); demand above `sites.X.capacity` is the
 * finding `site-overcommitted`, and a recovered service that failed over onto such a site becomes degraded.
 */
import type { ContinuityPolicy } from "@relais/policy";
import type { ScenarioFinding } from "../types";
import type { ServiceEstimate } from "./services";
import { degrade } from "./status";

/** Adds the over-commitment findings and degrades the recovered services that failed over onto those sites. */
export function applySiteCapacity(
  policy: ContinuityPolicy,
  lost: ReadonlySet<string>,
  estimates: readonly ServiceEstimate[],
): ScenarioFinding[] {
  if (!Object.values(policy.sites).some((site) => site.capacity !== undefined)) return [];
  const demand = siteDemand(estimates);
  const findings: ScenarioFinding[] = [];
  const overcommitted = new Map<string, string>();
  for (const [siteId, site] of Object.entries(policy.sites)) {
    const load = demand.get(siteId);
    if (site.capacity === undefined || lost.has(siteId) || !load || load.total <= site.capacity) continue;
    const total = round(load.total);
    overcommitted.set(
      siteId,
      `failover site ${siteId} is over-committed (demand ${total} > capacity ${site.capacity})`,
    );
    findings.push({
      code: "site-overcommitted",
      severity: "warning",
      message:
        `site ${siteId} is over-committed: the services active on it after the scenario need ${total} units, ` +
        `above its capacity of ${site.capacity} (${describeLoad(load.parts)})`,
    });
  }
  if (overcommitted.size === 0) return findings;
  for (const estimate of estimates) {
    if (!estimate.failedOver || estimate.status !== "recovered") continue;
    const crowded = estimate.sitesAfter.find((site) => overcommitted.has(site));
    if (crowded === undefined) continue;
    estimate.status = degrade(estimate.status);
    estimate.reasons.push(overcommitted.get(crowded)!);
  }
  return findings;
}

interface SiteLoad {
  total: number;
  parts: Array<[string, number]>;
}

/** Demand per site after the scenario, with each service's share, in policy order. */
function siteDemand(estimates: readonly ServiceEstimate[]): Map<string, SiteLoad> {
  const demand = new Map<string, SiteLoad>();
  for (const estimate of estimates) {
    const sites = estimate.sitesAfter;
    if (sites.length === 0) continue;
    const share = estimate.service.spec.capacity.required / sites.length;
    for (const site of sites) {
      let load = demand.get(site);
      if (!load) {
        load = { total: 0, parts: [] };
        demand.set(site, load);
      }
      load.total += share;
      load.parts.push([estimate.service.id, share]);
    }
  }
  return demand;
}

const LISTED = 8;

function describeLoad(parts: ReadonlyArray<[string, number]>): string {
  const listed = parts.slice(0, LISTED).map(([id, units]) => `${id} ${round(units)}`);
  const rest = parts.length - LISTED;
  return rest > 0 ? `${listed.join(", ")} and ${rest} more` : listed.join(", ");
}

function round(units: number): number {
  return Math.round(units * 100) / 100;
}
