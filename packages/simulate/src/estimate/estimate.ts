/**
 * A service's estimate in one scenario, with what the later steps (capacity, runbook, explain) need. The estimate of
 * an untouched service is the same in every scenario: it is built once per service, frozen and shared, so that a
 * matrix of ~180 scenarios over thousands of services allocates only for what each scenario changes.
 */
import type { PreparedService } from "../model/prepare";
import type { RtoBreakdown, ServiceResult, ServiceStatus } from "../types";

/** The impacted hard dependency with the largest RTO (`T_dep`). */
export interface Slowest {
  id: string;
  kind: "service" | "supplier";
  seconds: number;
}

export interface ServiceEstimate {
  service: PreparedService;
  status: ServiceStatus;
  /** Down, failed over or waiting on a hard dependency: what makes its hard dependants impacted. */
  disrupted: boolean;
  failedOver: boolean;
  failoverSite: string | null;
  /** Where the service runs after the scenario: its active sites, or where it failed over; [] when down. */
  sitesAfter: readonly string[];
  breakdown: RtoBreakdown;
  rto: number | null;
  rpo: number | null;
  slowest: Slowest | null;
  reasons: string[];
  /** True for the frozen per-service unaffected estimate: copy it (`mutable`) before changing it. */
  shared: boolean;
}

/** Builds an estimate; every estimate has this one shape. */
export function makeEstimate(
  service: PreparedService,
  status: ServiceStatus,
  disrupted: boolean,
  failoverSite: string | null,
  sitesAfter: readonly string[],
  breakdown: RtoBreakdown,
  rto: number | null,
  rpo: number | null,
  slowest: Slowest | null,
  reasons: string[],
): ServiceEstimate {
  return {
    service,
    status,
    disrupted,
    failedOver: failoverSite !== null,
    failoverSite,
    sitesAfter,
    breakdown,
    rto,
    rpo,
    slowest,
    reasons,
    shared: false,
  };
}

/** All five terms at zero. */
export function zeroBreakdown(): RtoBreakdown {
  return { detection: 0, decision: 0, switch: 0, recovery: 0, dependencies: 0 };
}

/** The frozen estimate of a service that a scenario does not touch: 0 and 0, on its active sites. */
export function unaffectedEstimate(service: PreparedService): ServiceEstimate {
  const estimate = makeEstimate(
    service,
    "unaffected",
    false,
    null,
    service.activeSites,
    Object.freeze(zeroBreakdown()),
    0,
    0,
    null,
    Object.freeze([]) as unknown as string[],
  );
  estimate.shared = true;
  return Object.freeze(estimate);
}

/** The estimate itself, or a private copy when it is the shared unaffected one. */
export function mutable(estimate: ServiceEstimate): ServiceEstimate {
  if (!estimate.shared) return estimate;
  return makeEstimate(
    estimate.service,
    estimate.status,
    estimate.disrupted,
    estimate.failoverSite,
    estimate.sitesAfter,
    zeroBreakdown(),
    estimate.rto,
    estimate.rpo,
    estimate.slowest,
    [...estimate.reasons],
  );
}

/** The frozen result of a service a scenario does not touch, shared by every scenario's result. */
export function unaffectedResult(service: PreparedService): ServiceResult {
  return deepFreeze({
    id: service.id,
    status: "unaffected",
    activeSites: service.activeSites as string[],
    failoverSite: null,
    rto: { estimate: 0, target: service.rtoTarget, breakdown: zeroBreakdown() },
    rpo: { estimate: 0, target: service.rpoTarget },
    reasons: [],
  });
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
