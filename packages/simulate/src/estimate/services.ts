/**
 * Per-service estimates for one scenario, in dependency order: unaffected, failover (with the RTO breakdown and
 * RPO), waiting on an impacted hard dependency, or down; then soft dependencies and staff shortages.
 */
import { formatDuration, formatPercentage } from "@relais/policy";
import type { PreparedModel, PreparedService } from "../model/prepare";
import type { ResolvedScenario } from "../scenarios/resolve";
import type { RtoBreakdown, ServiceStatus } from "../types";
import { recoverySeconds } from "./rto";
import { degrade, impactedStatus } from "./status";
import type { SupplierImpact } from "./suppliers";

/** A service's estimate, with what the later steps (capacity, runbook, explain) need. */
export interface ServiceEstimate {
  service: PreparedService;
  status: ServiceStatus;
  /** Down, failed over or waiting on a hard dependency: what makes its hard dependants impacted. */
  disrupted: boolean;
  failedOver: boolean;
  failoverSite: string | null;
  /** Active sites that survive (active-active) or the failover site, after the scenario; [] when down. */
  sitesAfter: string[];
  breakdown: RtoBreakdown;
  rto: number | null;
  rpo: number | null;
  /** The impacted hard dependency with the largest RTO (`T_dep`), if any. */
  slowest: { id: string; kind: "service" | "supplier"; seconds: number } | null;
  reasons: string[];
}

const ZERO: RtoBreakdown = { detection: 0, decision: 0, switch: 0, recovery: 0, dependencies: 0 };

/** Estimates every service of the model, indexed like `model.services`. */
export function estimateServices(
  model: PreparedModel,
  scenario: ResolvedScenario,
  supplier: SupplierImpact | null,
): ServiceEstimate[] {
  const estimates = new Array<ServiceEstimate>(model.services.length);
  const staffShort = scenario.scenario.kind === "staff-unavailability";
  for (const index of model.order) {
    const service = model.services[index];
    const estimate = estimateOwn(service, scenario.lostSites, estimates, supplier);
    applySoftDependencies(estimate, estimates, supplier);
    if (staffShort && service.manual && estimate.status !== "down") {
      estimate.status = degrade(estimate.status);
      estimate.reasons.push(
        `its failover depends on people (manual traffic switch) and ${formatPercentage(scenario.absent)} of staff are absent`,
      );
    }
    estimates[index] = estimate;
  }
  return estimates;
}

function estimateOwn(
  service: PreparedService,
  lost: ReadonlySet<string>,
  estimates: readonly ServiceEstimate[],
  supplier: SupplierImpact | null,
): ServiceEstimate {
  const downReasons: string[] = [];
  let slowest: ServiceEstimate["slowest"] = null;
  const consider = (id: string, kind: "service" | "supplier", seconds: number) => {
    if (slowest === null || seconds > slowest.seconds) slowest = { id, kind, seconds };
  };
  for (const dependency of service.hardServices) {
    const estimate = estimates[dependency] as ServiceEstimate | undefined; // undefined only on a refused cycle
    if (!estimate?.disrupted) continue;
    if (estimate.rto === null) downReasons.push(`hard dependency ${estimate.service.id} is down`);
    else consider(estimate.service.id, "service", estimate.rto);
  }
  if (supplier && service.hardSuppliers.includes(supplier.id)) {
    if (supplier.recovery === null) downReasons.push(`hard ${supplier.reason}`);
    else consider(supplier.id, "supplier", supplier.recovery);
  }
  const sites = service.spec.sites;
  const surviving = lost.size === 0 ? sites : sites.filter((site) => !lost.has(site));
  if (surviving.length === 0) downReasons.unshift(`all its sites are lost (${sites.join(", ")})`);
  if (downReasons.length > 0) return down(service, downReasons);

  const activeLost = lost.size > 0 && service.activeSites.some((site) => lost.has(site));
  const waitedOn = slowest as ServiceEstimate["slowest"];
  if (!activeLost && waitedOn === null) return unaffected(service);
  const dependencyTime = waitedOn?.seconds ?? 0;
  if (!activeLost) {
    const rto = dependencyTime;
    const { status, reasons } = impactedStatus(service, rto, 0);
    return {
      ...base(service, status, true),
      breakdown: { ...ZERO, dependencies: rto },
      rto,
      rpo: 0,
      sitesAfter: service.activeSites,
      slowest: waitedOn,
      reasons: [`waits for ${describeDependency(waitedOn!)}`, ...reasons],
    };
  }
  const survivingActive = service.activeSites.filter((site) => !lost.has(site));
  const recovery = recoverySeconds(service.spec, survivingActive.length);
  const own = service.detection + service.decision + service.switch + recovery;
  const dependencies = Math.max(0, dependencyTime - own);
  const rto = own + dependencies;
  const { status, reasons } = impactedStatus(service, rto, service.failoverRpo);
  return {
    ...base(service, status, true),
    failedOver: true,
    failoverSite: surviving[0],
    sitesAfter: service.spec.strategy === "active-active" ? survivingActive : [surviving[0]],
    breakdown: {
      detection: service.detection,
      decision: service.decision,
      switch: service.switch,
      recovery,
      dependencies,
    },
    rto,
    rpo: service.failoverRpo,
    slowest: waitedOn,
    reasons: dependencies > 0 ? [`then waits for ${describeDependency(waitedOn!)}`, ...reasons] : reasons,
  };
}

/**
 * A soft dependency never changes an estimate. Down: an unaffected or recovered dependent becomes degraded, with a
 * reason. Merely impacted (failed over, waiting, recovering): the dependent keeps its status and gains a reason.
 */
function applySoftDependencies(
  estimate: ServiceEstimate,
  estimates: readonly ServiceEstimate[],
  supplier: SupplierImpact | null,
): void {
  if (estimate.status === "down") return;
  const service = estimate.service;
  for (const dependency of service.softServices) {
    const other = estimates[dependency] as ServiceEstimate | undefined;
    if (!other?.disrupted) continue;
    if (other.rto === null) {
      estimate.status = degrade(estimate.status);
      estimate.reasons.push(`soft dependency ${other.service.id} is down: runs without it`);
    } else {
      estimate.reasons.push(
        `soft dependency ${other.service.id} is back after ${formatDuration(other.rto)} (no effect on this estimate)`,
      );
    }
  }
  if (supplier && service.softSuppliers.includes(supplier.id)) {
    if (supplier.recovery === null) {
      estimate.status = degrade(estimate.status);
      estimate.reasons.push(`soft ${supplier.reason}; runs without it`);
    } else {
      estimate.reasons.push(
        `soft supplier ${supplier.id} is back after ${formatDuration(supplier.recovery)} (no effect on this estimate)`,
      );
    }
  }
}

function base(service: PreparedService, status: ServiceStatus, disrupted: boolean) {
  return { service, status, disrupted, failedOver: false, failoverSite: null };
}

function unaffected(service: PreparedService): ServiceEstimate {
  return {
    ...base(service, "unaffected", false),
    sitesAfter: service.activeSites,
    breakdown: { ...ZERO },
    rto: 0,
    rpo: 0,
    slowest: null,
    reasons: [],
  };
}

function down(service: PreparedService, reasons: string[]): ServiceEstimate {
  return {
    ...base(service, "down", true),
    sitesAfter: [],
    breakdown: { ...ZERO },
    rto: null,
    rpo: null,
    slowest: null,
    reasons,
  };
}

function describeDependency(dependency: NonNullable<ServiceEstimate["slowest"]>): string {
  const what = dependency.kind === "service" ? "hard dependency" : "hard supplier";
  return `${what} ${dependency.id}, back after ${formatDuration(dependency.seconds)}`;
}
