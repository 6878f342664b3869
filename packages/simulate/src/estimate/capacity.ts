/**
 * Site over-commitment: a site's demand is the sum of `required` of the services active on it after the scenario
 * (active-active services count `required / surviving active sites` on each); demand above `sites.X.capacity` is the
 * finding `site-overcommitted`, and a recovered service that failed over onto such a site becomes degraded.
 */
import type { PreparedModel } from "../model/prepare";
import { scenarioFinding } from "../scenario-finding";
import type { ScenarioFinding } from "../types";
import type { ServiceEstimate } from "./estimate";
import { degrade } from "./status";

/** Adds the over-commitment findings and degrades the recovered services that failed over onto those sites. */
export function applySiteCapacity(
  model: PreparedModel,
  lost: ReadonlySet<string>,
  estimates: readonly ServiceEstimate[],
  touched: readonly number[],
): ScenarioFinding[] {
  const { capacities, siteIds } = model;
  if (capacities.every((capacity) => capacity === undefined)) return [];
  const demand = siteDemand(model, estimates, touched);
  const findings: ScenarioFinding[] = [];
  const overcommitted = new Map<string, string>();
  for (const [index, siteId] of siteIds.entries()) {
    const capacity = capacities[index];
    // The tolerance absorbs floating-point residue of moving shares such as 10 / 3 in and out.
    if (capacity === undefined || lost.has(siteId) || demand[index] <= capacity + 1e-9) continue;
    const total = round(demand[index]);
    overcommitted.set(siteId, `failover site ${siteId} is over-committed (demand ${total} > capacity ${capacity})`);
    findings.push(
      scenarioFinding(
        "site-overcommitted",
        `site ${siteId} is over-committed: the services active on it after the scenario need ${total} units, ` +
          `above its capacity of ${capacity} (${describeLoad(siteId, estimates)})`,
      ),
    );
  }
  if (overcommitted.size === 0) return findings;
  for (const index of touched) {
    const estimate = estimates[index];
    if (!estimate.failedOver || estimate.status !== "recovered") continue;
    const crowded = estimate.sitesAfter.find((site) => overcommitted.has(site));
    if (crowded === undefined) continue;
    estimate.status = degrade(estimate.status);
    estimate.reasons.push(overcommitted.get(crowded)!);
  }
  return findings;
}

/**
 * Units needed per site (indexed like `model.siteIds`) after the scenario: the demand before any loss, with each
 * touched service moved from its active sites to where it runs now (nowhere when down).
 */
function siteDemand(model: PreparedModel, estimates: readonly ServiceEstimate[], touched: readonly number[]) {
  const demand = Float64Array.from(model.baselineDemand);
  const add = (sites: readonly string[], units: number) => {
    const share = units / sites.length;
    for (const site of sites) {
      const index = model.siteIndex.get(site);
      if (index !== undefined) demand[index] += share;
    }
  };
  for (const index of touched) {
    const estimate = estimates[index];
    if (estimate.sitesAfter === estimate.service.activeSites) continue;
    const required = estimate.service.spec.capacity.required;
    add(estimate.service.activeSites, -required);
    if (estimate.sitesAfter.length > 0) add(estimate.sitesAfter, required);
  }
  return demand;
}

const LISTED = 8;

/** The services that make up a site's demand, in policy order: `big 8, small 4` (then "and N more"). */
function describeLoad(siteId: string, estimates: readonly ServiceEstimate[]): string {
  const parts: string[] = [];
  for (const estimate of estimates) {
    if (!estimate.sitesAfter.includes(siteId)) continue;
    parts.push(`${estimate.service.id} ${round(estimate.service.spec.capacity.required / estimate.sitesAfter.length)}`);
  }
  const rest = parts.length - LISTED;
  return rest > 0 ? `${parts.slice(0, LISTED).join(", ")} and ${rest} more` : parts.join(", ");
}

function round(units: number): number {
  return Math.round(units * 100) / 100;
}
