/**
 * `relais preview --explain SERVICE`: each term of a service's RTO with its value, the formula and the policy path it
 * came from — `detection 30s = interval 10s × failureThreshold 3 (services.payments-api.traffic.healthCheck)`.
 */
import {
  type ContinuityPolicy,
  formatDuration,
  formatPercentage,
  InputError,
  nearest,
  type ScenarioSpec,
} from "@relais/policy";
import type { ServiceEstimate } from "./estimate/services";
import type { SupplierImpact } from "./estimate/suppliers";
import { prepareModel } from "./model/prepare";
import { simulatePrepared } from "./simulate";
import { RTO_TERMS, type RtoBreakdown, type ServiceStatus } from "./types";

/** One term of the breakdown: its value, how it was computed, and where in the policy its inputs are. */
export interface ExplainedTerm {
  term: keyof RtoBreakdown;
  seconds: number;
  formula: string;
  source: string;
}

/** Why a service has its estimate in a scenario. */
export interface Explanation {
  scenario: string;
  service: string;
  status: ServiceStatus;
  failoverSite: string | null;
  /** One sentence: what happens to the service. */
  summary: string;
  /** The five terms, in the order they add up. */
  terms: ExplainedTerm[];
  rto: { estimate: number | null; target: number; source: string };
  rpo: { estimate: number | null; target: number; formula: string; source: string };
  reasons: string[];
}

/** Explains one service's estimate in one scenario. Throws an `InputError` for an unknown service id. */
export function explainService(policy: ContinuityPolicy, scenario: ScenarioSpec, serviceId: string): Explanation {
  const model = prepareModel(policy);
  const service = model.byId.get(serviceId);
  if (!service) {
    const suggestion = nearest(serviceId, model.byId.keys());
    throw new InputError(
      `policy ${policy.metadata.name} has no service "${serviceId}"`,
      suggestion ? `did you mean ${suggestion}?` : `use one of: ${[...model.byId.keys()].join(", ")}`,
    );
  }
  const { result, supplier, estimates } = simulatePrepared(model, scenario);
  const outcome = result.services[service.index];
  const estimate = estimates[service.index];
  const path = `services.${serviceId}`;
  return {
    scenario: scenario.id,
    service: serviceId,
    status: outcome.status,
    failoverSite: outcome.failoverSite,
    summary: summarise(estimate, scenario.id),
    terms: RTO_TERMS.map((term) => ({
      term,
      seconds: outcome.rto.breakdown[term],
      ...explainTerm(term, estimate, supplier, path, policy.crisisCell === undefined),
    })),
    rto: { estimate: outcome.rto.estimate, target: outcome.rto.target, source: `tiers.${service.spec.tier}.rto` },
    rpo: { estimate: outcome.rpo.estimate, target: outcome.rpo.target, ...explainRpo(estimate, path) },
    reasons: outcome.reasons,
  };
}

function summarise(estimate: ServiceEstimate, scenarioId: string): string {
  const { service } = estimate;
  if (estimate.status === "down" || estimate.rto === null) return `${service.id} is down in ${scenarioId}`;
  if (!estimate.disrupted) {
    return `${service.id} is not impacted by ${scenarioId}: none of its active sites (${service.activeSites.join(", ")}) is lost and no hard dependency is impacted`;
  }
  if (!estimate.failedOver) {
    return `${service.id} keeps its sites but waits for ${estimate.slowest?.kind} ${estimate.slowest?.id}: its RTO is that dependency's`;
  }
  const target = estimate.sitesAfter.join(", ");
  return `${service.id} fails over to ${target}: RTO = detection + decision + switch + recovery + dependencies`;
}

type Derivation = { formula: string; source: string };

function explainTerm(
  term: keyof RtoBreakdown,
  estimate: ServiceEstimate,
  supplier: SupplierImpact | null,
  path: string,
  noCrisisCell: boolean,
): Derivation {
  if (estimate.rto === null) return { formula: "not estimated: the service is down", source: path };
  if (!estimate.disrupted) return { formula: "0: not impacted", source: `${path}.sites` };
  if (term === "dependencies") return explainDependencies(estimate, supplier, path);
  if (!estimate.failedOver) return { formula: "0: its own active sites are not lost", source: `${path}.sites` };
  const spec = estimate.service.spec;
  const traffic = spec.traffic;
  switch (term) {
    case "detection":
      return {
        formula: `interval ${formatDuration(traffic.healthCheck.interval)} × failureThreshold ${traffic.healthCheck.failureThreshold}`,
        source: `${path}.traffic.healthCheck`,
      };
    case "decision":
      if (traffic.method !== "manual") return { formula: `0 for ${traffic.method}`, source: `${path}.traffic.method` };
      return noCrisisCell
        ? { formula: "0: manual failover but no crisis cell is declared", source: "crisisCell" }
        : {
            formula: `crisisCell.assembleWithin ${formatDuration(estimate.breakdown.decision)} (manual failover)`,
            source: "crisisCell.assembleWithin",
          };
    case "switch":
      if (traffic.method === "load-balancer")
        return { formula: "0 for load-balancer", source: `${path}.traffic.method` };
      if (traffic.ttl === undefined) return { formula: "0: manual without a ttl", source: `${path}.traffic` };
      return { formula: `ttl ${formatDuration(traffic.ttl)} (${traffic.method})`, source: `${path}.traffic.ttl` };
    default:
      return explainRecovery(estimate, path);
  }
}

function explainRecovery(estimate: ServiceEstimate, path: string): Derivation {
  const spec = estimate.service.spec;
  const { required, standby, scaleUp } = spec.capacity;
  // The model's own verdict (recovery 0 means enough units run): explain it, never judge it again.
  const enough = estimate.breakdown.recovery === 0;
  const outcome = enough ? ": 0" : `: scaleUp ${formatDuration(scaleUp)}`;
  const mbco = estimate.service.tier?.mbco ?? 1;
  const needed = mbco === 1 ? `required ${required}` : `mbco ${formatPercentage(mbco)} × required ${required}`;
  const source = mbco === 1 ? `${path}.capacity` : `${path}.capacity, tiers.${spec.tier}.mbco`;
  switch (spec.strategy) {
    case "active-active": {
      const surviving = estimate.sitesAfter.length;
      const units = standby * surviving;
      const sites = `${surviving} surviving active site${surviving === 1 ? "" : "s"}`;
      return { formula: `standby ${standby} × ${sites} = ${units} ${enough ? "≥" : "<"} ${needed}${outcome}`, source };
    }
    case "warm-standby":
      return { formula: `standby ${standby} ${enough ? "≥" : "<"} ${needed}${outcome}`, source };
    case "pilot-light":
      return { formula: `scaleUp ${formatDuration(scaleUp)} (pilot-light)`, source: `${path}.capacity.scaleUp` };
    default: {
      const restore = spec.data.mode === "backup" ? (spec.data.restoreTime ?? 0) : 0;
      return {
        formula: `restoreTime ${formatDuration(restore)} + scaleUp ${formatDuration(scaleUp)} (backup-restore)`,
        source: `${path}.data.restoreTime, ${path}.capacity.scaleUp`,
      };
    }
  }
}

function explainDependencies(estimate: ServiceEstimate, supplier: SupplierImpact | null, path: string): Derivation {
  const slowest = estimate.slowest;
  if (!slowest) return { formula: "0: no hard dependency is impacted", source: `${path}.dependsOn` };
  const what =
    slowest.kind === "service"
      ? `RTO of hard dependency ${slowest.id}`
      : `hard supplier ${slowest.id} back after its ${supplier?.source.replace(`suppliers.${slowest.id}.`, "")}`;
  const source = slowest.kind === "service" ? `${path}.dependsOn → services.${slowest.id}` : (supplier?.source ?? path);
  if (!estimate.failedOver) {
    return { formula: `T_dep ${formatDuration(slowest.seconds)} (${what})`, source };
  }
  const own = estimate.rto! - estimate.breakdown.dependencies;
  return {
    formula: `max(0, T_dep ${formatDuration(slowest.seconds)} (${what}) − own ${formatDuration(own)})`,
    source,
  };
}

function explainRpo(estimate: ServiceEstimate, path: string): Derivation {
  if (estimate.status === "down" && estimate.rto === null)
    return { formula: "unknown: the service is down", source: path };
  if (!estimate.failedOver) return { formula: "0: its data stays where it is", source: `${path}.data` };
  const data = estimate.service.spec.data;
  switch (data.mode) {
    case "sync-replication":
      return { formula: "0 (sync-replication)", source: `${path}.data.mode` };
    case "async-replication":
      return { formula: `lag ${formatDuration(data.lag)} (async-replication)`, source: `${path}.data.lag` };
    case "backup":
      return { formula: `every ${formatDuration(data.every)} (backup)`, source: `${path}.data.every` };
    default:
      return { formula: "unknown: data.mode none keeps no copy", source: `${path}.data.mode` };
  }
}
