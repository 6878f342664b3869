/** One scenario on one policy: `simulate(policy, scenario) → ScenarioResult` (DESIGN.md "The estimate model"). */
import type { ContinuityPolicy, ScenarioSpec } from "@relais/policy";
import { applySiteCapacity } from "./estimate/capacity";
import { evaluateCommitments } from "./estimate/commitments";
import { unaffectedResult } from "./estimate/estimate";
import { mtpdFindings } from "./estimate/mtpd";
import { peopleFindings } from "./estimate/people";
import { estimateServices, type ServiceEstimate } from "./estimate/services";
import { type SupplierImpact, supplierImpact } from "./estimate/suppliers";
import { type PreparedModel, prepareModel } from "./model/prepare";
import { buildRunbook } from "./runbook";
import { type ResolvedScenario, resolveScenario } from "./scenarios/resolve";
import type { ScenarioResult, ServiceResult } from "./types";

/**
 * Simulates one scenario: every service in policy order, every commitment, the findings and the runbook. Pure: the
 * same policy and scenario give the same result. Expects a valid policy; on an unvalidated one it never loops or
 * throws, but estimates around dangling references are meaningless.
 */
export function simulate(policy: ContinuityPolicy, scenario: ScenarioSpec): ScenarioResult {
  return simulatePrepared(prepareModel(policy), scenario).result;
}

/** The estimates behind a result, for `explainService`. */
export interface SimulationDetail {
  result: ScenarioResult;
  resolved: ResolvedScenario;
  supplier: SupplierImpact | null;
  estimates: ServiceEstimate[];
}

/** Simulates a scenario on a prepared model, keeping the intermediate estimates. */
export function simulatePrepared(model: PreparedModel, scenario: ScenarioSpec): SimulationDetail {
  const { policy } = model;
  const { estimates, resolved, supplier } = estimateScenario(model, scenario);
  const capacityFindings = applySiteCapacity(model, resolved.lostSites, estimates);
  const commitments = evaluateCommitments(model, estimates);
  const result: ScenarioResult = {
    id: scenario.id,
    kind: scenario.kind,
    lost: { sites: resolved.lostSiteList, suppliers: supplier ? [supplier.id] : [] },
    services: estimates.map(toResult),
    commitments,
    findings: [
      ...resolved.findings,
      ...capacityFindings,
      ...mtpdFindings(estimates),
      ...peopleFindings(policy, resolved),
    ],
    runbook: buildRunbook(model, resolved, estimates, commitments),
  };
  return { result, resolved, supplier, estimates };
}

/** Resolves a scenario and estimates every service, before site capacity is applied. */
export function estimateScenario(model: PreparedModel, scenario: ScenarioSpec) {
  const resolved = resolveScenario(model.policy, scenario);
  const supplier = resolved.supplier
    ? supplierImpact(resolved.supplier.id, model.suppliers.get(resolved.supplier.id), resolved.supplier.mode)
    : null;
  return { resolved, supplier, estimates: estimateServices(model, resolved, supplier) };
}

/** A service's result: the shared frozen one when the scenario left it untouched, else a fresh one. */
function toResult(estimate: ServiceEstimate): ServiceResult {
  const { service } = estimate;
  if (estimate === service.unaffected) {
    service.unaffectedResult ??= unaffectedResult(service);
    return service.unaffectedResult;
  }
  return {
    id: service.id,
    status: estimate.status,
    activeSites: [...service.activeSites],
    failoverSite: estimate.failoverSite,
    rto: { estimate: estimate.rto, target: service.rtoTarget, breakdown: estimate.breakdown },
    rpo: { estimate: estimate.rpo, target: service.rpoTarget },
    reasons: estimate.reasons,
  };
}
