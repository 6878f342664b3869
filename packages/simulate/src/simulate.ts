/** One scenario on one policy: `simulate(policy, scenario) → ScenarioResult` (the estimate model of docs/preview.md). */
import type { ContinuityPolicy, ScenarioSpec } from "@relais/policy";
import { applySiteCapacity } from "./estimate/capacity";
import { evaluateCommitments } from "./estimate/commitments";
import { unaffectedResult } from "./estimate/estimate";
import { mtpdFindings } from "./estimate/mtpd";
import { peopleFindings } from "./estimate/people";
import { estimateServices, type ServiceEstimate } from "./estimate/services";
import { type SupplierImpact, supplierImpact } from "./estimate/suppliers";
import { type PreparedModel, type PreparedService, prepareModel } from "./model/prepare";
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
  const { estimates, touched, resolved, supplier } = estimateScenario(model, scenario);
  const capacityFindings = applySiteCapacity(model, resolved.lostSites, estimates, touched);
  const commitments = evaluateCommitments(model, estimates);
  const services = unaffectedResults(model);
  for (const index of touched) {
    if (estimates[index] !== model.unaffected[index]) services[index] = toResult(estimates[index]);
  }
  const result: ScenarioResult = {
    id: scenario.id,
    kind: scenario.kind,
    lost: { sites: resolved.lostSiteList, suppliers: supplier ? [supplier.id] : [] },
    services,
    commitments,
    findings: [
      ...resolved.findings,
      ...capacityFindings,
      ...mtpdFindings(estimates, touched, scenario.duration),
      ...peopleFindings(policy, resolved),
    ],
    runbook: buildRunbook(model, resolved, estimates, touched, commitments),
  };
  return { result, resolved, supplier, estimates };
}

/** Resolves a scenario and estimates every service, before site capacity is applied. */
export function estimateScenario(model: PreparedModel, scenario: ScenarioSpec) {
  const resolved = resolveScenario(model.policy, scenario);
  const supplier = resolved.supplier
    ? supplierImpact(resolved.supplier.id, model.suppliers.get(resolved.supplier.id), resolved.supplier.mode)
    : null;
  return { resolved, supplier, ...estimateServices(model, resolved, supplier) };
}

const templates = new WeakMap<PreparedModel, ServiceResult[]>();

/** A fresh array of every service's shared, frozen unaffected result: what a scenario starts from. */
function unaffectedResults(model: PreparedModel): ServiceResult[] {
  let template = templates.get(model);
  if (!template) {
    template = model.services.map(unaffectedResult);
    templates.set(model, template);
  }
  return template.slice();
}

/** The result of a service the scenario touched. */
function toResult(estimate: ServiceEstimate): ServiceResult {
  const { service } = estimate;
  return {
    id: service.id,
    status: estimate.status,
    activeSites: service.activeSites as string[],
    failoverSite: estimate.failoverSite,
    rto: { estimate: estimate.rto, target: service.rtoTarget, breakdown: estimate.breakdown },
    rpo: rpoResult(service, estimate.rpo),
    reasons: estimate.reasons,
  };
}

type RpoResult = ServiceResult["rpo"];
const rpoResults = new WeakMap<PreparedService, Map<number | null, RpoResult>>();

/** A service has two or three possible RPO results (0, its failover RPO, none): each is built once, frozen, shared. */
function rpoResult(service: PreparedService, estimate: number | null): RpoResult {
  let known = rpoResults.get(service);
  if (!known) {
    known = new Map();
    rpoResults.set(service, known);
  }
  let result = known.get(estimate);
  if (!result) {
    result = Object.freeze({ estimate, target: service.rpoTarget });
    known.set(estimate, result);
  }
  return result;
}
