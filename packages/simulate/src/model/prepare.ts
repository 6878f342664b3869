/**
 * Everything about a policy that does not depend on the scenario, computed once per policy: services by index with
 * their static RTO terms, the dependency order, site → services, commitment → services, runbook owners. The
 * `--all` matrix simulates ~180 scenarios on one prepared model.
 */
import { activeSites, type ContinuityPolicy, type ServiceSpec, type SupplierSpec, type TierSpec } from "@relais/policy";
import { type ServiceEstimate, unaffectedEstimate } from "../estimate/estimate";
import { decisionSeconds, detectionSeconds, switchSeconds } from "../estimate/rto";
import { type DependencyGraph, graphOf } from "./graph";

/** A service with what the model needs precomputed. */
export interface PreparedService {
  index: number;
  id: string;
  spec: ServiceSpec;
  /** Undefined only in an unvalidated policy that names an unknown tier. */
  tier: TierSpec | undefined;
  rtoTarget: number;
  rpoTarget: number;
  mtpd: number;
  /** Sites that carry traffic before any loss: the primary, or every site for active-active. Frozen, shared. */
  activeSites: readonly string[];
  detection: number;
  decision: number;
  switch: number;
  /** The RPO after a failover, from the data mode: null for `none`. */
  failoverRpo: number | null;
  hardServices: number[];
  softServices: number[];
  hardSuppliers: string[];
  softSuppliers: string[];
  manual: boolean;
  /** Who does the technical steps of the runbook. */
  owner: string;
  /** The estimate and the result of every scenario that does not touch the service: frozen, shared. */
  unaffected: ServiceEstimate;
}

/** The scenario-independent part of a simulation. */
export interface PreparedModel {
  policy: ContinuityPolicy;
  services: PreparedService[];
  byId: ReadonlyMap<string, PreparedService>;
  /** Dependency order, dependants, and who uses each site and supplier. */
  graph: DependencyGraph;
  /** Each service's shared unaffected estimate, indexed like `services`: a scenario starts from a copy. */
  unaffected: ServiceEstimate[];
  /** Commitment id → indexes of the services that serve it, in policy order. */
  commitmentServices: ReadonlyMap<string, number[]>;
  suppliers: ReadonlyMap<string, SupplierSpec>;
  /** Site ids in policy order, their index, and the capacities (undefined: unlimited). */
  siteIds: string[];
  siteIndex: ReadonlyMap<string, number>;
  capacities: Array<number | undefined>;
  /** Units per site (indexed like `siteIds`) before any loss: every service on its active sites. */
  baselineDemand: Float64Array;
  owners: RunbookOwners;
}

/** Who owns the steps that are not a service's own. */
export interface RunbookOwners {
  /** The event, stage actions, convening the crisis cell, manual failover decisions: the first crisis-cell role. */
  decisions: string;
  /** Telling customers about a breached commitment: the communications role when there is one. */
  communications: string;
}

const cache = new WeakMap<ContinuityPolicy, PreparedModel>();

/** The prepared model of a policy, computed once per policy object. */
export function prepareModel(policy: ContinuityPolicy): PreparedModel {
  let model = cache.get(policy);
  if (!model) {
    model = buildModel(policy);
    cache.set(policy, model);
  }
  return model;
}

function buildModel(policy: ContinuityPolicy): PreparedModel {
  const entries = Object.entries(policy.services);
  const indexOf = new Map(entries.map(([id], index) => [id, index]));
  const suppliers = new Map(Object.entries(policy.suppliers));
  const services = entries.map(([id, spec], index) => prepareService(policy, id, spec, index, indexOf, suppliers));
  const siteIds = Object.keys(policy.sites);
  const siteIndex = new Map(siteIds.map((id, index) => [id, index]));
  const commitmentServices = new Map<string, number[]>(Object.keys(policy.commitments).map((id) => [id, []]));
  for (const service of services) {
    for (const commitment of new Set(service.spec.commitments)) commitmentServices.get(commitment)?.push(service.index);
  }
  return {
    policy,
    services,
    byId: new Map(services.map((service) => [service.id, service])),
    graph: graphOf(services),
    unaffected: services.map((service) => service.unaffected),
    commitmentServices,
    suppliers,
    siteIds,
    siteIndex,
    capacities: Object.values(policy.sites).map((site) => site.capacity),
    baselineDemand: baselineDemand(services, siteIndex),
    owners: runbookOwners(policy),
  };
}

function prepareService(
  policy: ContinuityPolicy,
  id: string,
  spec: ServiceSpec,
  index: number,
  indexOf: ReadonlyMap<string, number>,
  suppliers: ReadonlyMap<string, SupplierSpec>,
): PreparedService {
  const tier = policy.tiers[spec.tier] as TierSpec | undefined;
  const services = (hard: boolean) =>
    spec.dependsOn.flatMap((dependency) => {
      const target = indexOf.get(dependency.id);
      return dependency.kind === "service" && dependency.hard === hard && target !== undefined ? [target] : [];
    });
  const supplierIds = (hard: boolean) =>
    spec.dependsOn
      .filter(
        (dependency) => dependency.kind === "supplier" && dependency.hard === hard && suppliers.has(dependency.id),
      )
      .map((dependency) => dependency.id);
  const service = {
    index,
    id,
    spec,
    tier,
    rtoTarget: tier?.rto ?? Number.POSITIVE_INFINITY,
    rpoTarget: tier?.rpo ?? Number.POSITIVE_INFINITY,
    mtpd: tier?.mtpd ?? Number.POSITIVE_INFINITY,
    activeSites: Object.freeze(activeSites(spec)),
    detection: detectionSeconds(spec),
    decision: decisionSeconds(spec, policy.crisisCell),
    switch: switchSeconds(spec),
    failoverRpo: failoverRpo(spec),
    hardServices: services(true),
    softServices: services(false),
    hardSuppliers: supplierIds(true),
    softSuppliers: supplierIds(false),
    manual: spec.traffic.method === "manual",
    owner: spec.owner ?? "unassigned",
  } as PreparedService;
  service.unaffected = unaffectedEstimate(service);
  return service;
}

/** Each service's `required`, spread over its active sites (active-active: `required / n` on each). */
function baselineDemand(services: readonly PreparedService[], siteIndex: ReadonlyMap<string, number>): Float64Array {
  const demand = new Float64Array(siteIndex.size);
  for (const service of services) {
    const share = service.spec.capacity.required / service.activeSites.length;
    for (const site of service.activeSites) {
      const index = siteIndex.get(site);
      if (index !== undefined) demand[index] += share;
    }
  }
  return demand;
}

/** `rpo.estimate` after a failover: sync 0, async `lag`, backup `every`, none → null (unknown loss). */
function failoverRpo(spec: ServiceSpec): number | null {
  switch (spec.data.mode) {
    case "sync-replication":
      return 0;
    case "async-replication":
      return spec.data.lag;
    case "backup":
      return spec.data.every;
    default:
      return null;
  }
}

function runbookOwners(policy: ContinuityPolicy): RunbookOwners {
  const roles = policy.crisisCell?.roles ?? [];
  const describe = (role: (typeof roles)[number]) => `${role.role} (${role.primary})`;
  const first = roles[0] ? describe(roles[0]) : policy.metadata.owner;
  const communications = roles.find((role) => /communication/i.test(role.role));
  return { decisions: first, communications: communications ? describe(communications) : first };
}
