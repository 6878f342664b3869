/**
 * Per-service estimates for one scenario, in dependency order: unaffected, failover (with the RTO breakdown and
 * RPO), waiting on an impacted hard dependency, or down; then soft dependencies and staff shortages.
 */
import { activeSites, failoverOrder, formatPercentage } from "@relais/policy";
import { duration } from "../format";
import { touchedServices } from "../model/graph";
import type { PreparedModel, PreparedService } from "../model/prepare";
import type { ResolvedScenario } from "../scenarios/resolve";
import { makeEstimate, mutable, type ServiceEstimate, type Slowest, zeroBreakdown } from "./estimate";
import { recoverySeconds } from "./rto";
import { degrade, impactedStatus } from "./status";
import type { SupplierImpact } from "./suppliers";

export type { ServiceEstimate } from "./estimate";

/** Every service's estimate (indexed like `model.services`) and the indexes of those visited, in dependency order. */
export interface ScenarioEstimates {
  estimates: ServiceEstimate[];
  /** The only services whose estimate may differ from their shared unaffected one. */
  touched: number[];
}

/**
 * Estimates every service of the model, indexed like `model.services`. Only the services the scenario can touch are
 * visited, in dependency order (on a cycle, which validation refuses, a dependency not yet visited counts as
 * unaffected); the others keep their shared unaffected estimate. With `wanted`, only the estimates of those services
 * are right (the others may be left unaffected): for rules that read a few services.
 */
export function estimateServices(
  model: PreparedModel,
  scenario: ResolvedScenario,
  supplier: SupplierImpact | null,
  wanted?: readonly number[],
): ScenarioEstimates {
  const estimates = model.unaffected.slice();
  const staffShort = scenario.scenario.kind === "staff-unavailability";
  const touched = touchedServices(model.graph, scenario.lostSiteList, supplier?.id ?? null, staffShort, wanted);
  for (const index of touched) {
    const service = model.services[index];
    let estimate = estimateOwn(service, scenario.lostSites, (other) => estimates[other], supplier);
    estimate = applySoftDependencies(estimate, estimates, supplier);
    if (staffShort && service.manual && estimate.status !== "down") {
      estimate = mutable(estimate);
      estimate.status = degrade(estimate.status);
      estimate.reasons.push(
        `its failover depends on people (manual traffic switch) and ${formatPercentage(scenario.absent)} of staff are absent`,
      );
    }
    estimates[index] = estimate;
  }
  return { estimates, touched };
}

function estimateOwn(
  service: PreparedService,
  lost: ReadonlySet<string>,
  estimateOf: (index: number) => ServiceEstimate,
  supplier: SupplierImpact | null,
): ServiceEstimate {
  const { slowest, downReasons } = hardDependencies(service, estimateOf, supplier);
  const sites = service.spec.sites;
  const touched = lost.size > 0 && anyLost(sites, lost);
  if (!touched && downReasons.length === 0 && slowest === null) return service.unaffected;
  const surviving = touched ? failoverOrder(service.spec, lost) : sites;
  if (surviving.length === 0) downReasons.unshift(`all its sites are lost (${sites.join(", ")})`);
  if (downReasons.length > 0) {
    return makeEstimate(service, "down", true, null, [], zeroBreakdown(), null, null, null, downReasons);
  }
  const activeLost = touched && anyLost(service.activeSites, lost);
  if (!activeLost) return slowest === null ? service.unaffected : waiting(service, slowest);
  return failover(service, surviving, slowest);
}

/** The hard dependencies and the hard supplier that are down, and the slowest impacted one (`T_dep`). */
function hardDependencies(
  service: PreparedService,
  estimateOf: (index: number) => ServiceEstimate,
  supplier: SupplierImpact | null,
): { slowest: Slowest | null; downReasons: string[] } {
  const downReasons: string[] = [];
  let slowestService: ServiceEstimate | null = null;
  let slowestSeconds = -1;
  for (const dependency of service.hardServices) {
    const other = estimateOf(dependency);
    if (!other.disrupted) continue;
    if (other.rto === null) downReasons.push(`hard dependency ${other.service.id} is down`);
    else if (other.rto > slowestSeconds) {
      slowestService = other;
      slowestSeconds = other.rto;
    }
  }
  let slowest: Slowest | null = slowestService && {
    id: slowestService.service.id,
    kind: "service",
    seconds: slowestSeconds,
  };
  if (supplier && service.hardSuppliers.includes(supplier.id)) {
    if (supplier.recovery === null) downReasons.push(`hard ${supplier.reason}`);
    else if (supplier.recovery > slowestSeconds) {
      slowest = { id: supplier.id, kind: "supplier", seconds: supplier.recovery };
    }
  }
  return { slowest, downReasons };
}

/** Own sites untouched, but a hard dependency is impacted: `rto.estimate = T_dep`, `rpo.estimate = 0`. */
function waiting(service: PreparedService, slowest: Slowest): ServiceEstimate {
  const rto = slowest.seconds;
  const reasons = [`waits for ${describeDependency(slowest)}`];
  const status = impactedStatus(service, rto, 0, reasons);
  const breakdown = zeroBreakdown();
  breakdown.dependencies = rto;
  return makeEstimate(service, status, true, null, service.activeSites, breakdown, rto, 0, slowest, reasons);
}

/** An active site is lost: detection + decision + switch + recovery, plus what a slower hard dependency adds. */
function failover(service: PreparedService, surviving: readonly string[], slowest: Slowest | null): ServiceEstimate {
  const activeActive = service.spec.strategy === "active-active";
  const survivingActive = activeSites({ strategy: service.spec.strategy, sites: surviving });
  const recovery = recoverySeconds(service.spec, activeActive ? surviving.length : 0, service.tier?.mbco);
  const own = service.detection + service.decision + service.switch + recovery;
  const dependencies = Math.max(0, (slowest?.seconds ?? 0) - own);
  const rto = own + dependencies;
  const reasons = dependencies > 0 && slowest ? [`then waits for ${describeDependency(slowest)}`] : [];
  const status = impactedStatus(service, rto, service.failoverRpo, reasons);
  const breakdown = {
    detection: service.detection,
    decision: service.decision,
    switch: service.switch,
    recovery,
    dependencies,
  };
  return makeEstimate(
    service,
    status,
    true,
    surviving[0],
    survivingActive,
    breakdown,
    rto,
    service.failoverRpo,
    slowest,
    reasons,
  );
}

/**
 * A soft dependency never changes an estimate. Down: an unaffected or recovered dependent becomes degraded, with a
 * reason. Merely impacted (failed over, waiting, recovering): the dependent keeps its status and gains a reason.
 */
function applySoftDependencies(
  estimate: ServiceEstimate,
  estimates: readonly ServiceEstimate[],
  supplier: SupplierImpact | null,
): ServiceEstimate {
  if (estimate.status === "down") return estimate;
  const service = estimate.service;
  let result = estimate;
  for (const dependency of service.softServices) {
    const other = estimates[dependency];
    if (!other.disrupted) continue;
    result = mutable(result);
    if (other.rto === null) {
      result.status = degrade(result.status);
      result.reasons.push(`soft dependency ${other.service.id} is down: runs without it`);
    } else {
      result.reasons.push(
        `soft dependency ${other.service.id} is back after ${duration(other.rto)} (no effect on this estimate)`,
      );
    }
  }
  if (supplier && service.softSuppliers.includes(supplier.id)) {
    result = mutable(result);
    if (supplier.recovery === null) {
      result.status = degrade(result.status);
      result.reasons.push(`soft ${supplier.reason}; runs without it`);
    } else {
      result.reasons.push(
        `soft supplier ${supplier.id} is back after ${duration(supplier.recovery)} (no effect on this estimate)`,
      );
    }
  }
  return result;
}

function anyLost(sites: readonly string[], lost: ReadonlySet<string>): boolean {
  for (const site of sites) if (lost.has(site)) return true;
  return false;
}

function describeDependency(dependency: Slowest): string {
  const what = dependency.kind === "service" ? "hard dependency" : "hard supplier";
  return `${what} ${dependency.id}, back after ${duration(dependency.seconds)}`;
}
