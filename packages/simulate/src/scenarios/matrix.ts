/** The scenarios a preview runs: as declared, the generated `--all` matrix, and lookup by id. */
import {
  CLOUD_PROVIDERS,
  type ContinuityPolicy,
  type ProviderName,
  providerLoss,
  regionLoss,
  type ScenarioSpec,
  siteLoss,
  supplierOutage,
} from "@relais/policy";
import { resolveScenario } from "./resolve";

/** The scenarios the policy declares, in policy order. */
export function declaredScenarios(policy: ContinuityPolicy): ScenarioSpec[] {
  return [...policy.scenarios];
}

/**
 * Every scenario Relais can generate for a policy, before duplicates are removed: the loss of each site, of each
 * distinct region, of each cloud provider that hosts a site, and the outage of each supplier, in that order.
 */
export function generatedScenarios(policy: ContinuityPolicy): ScenarioSpec[] {
  const sites = Object.entries(policy.sites);
  const regions = new Map<string, ScenarioSpec>();
  for (const [, site] of sites) {
    if (site.region === undefined) continue;
    const scenario = regionLoss(site.provider, site.region);
    if (!regions.has(scenario.id)) regions.set(scenario.id, scenario);
  }
  const providers = new Set<ProviderName>(sites.map(([, site]) => site.provider));
  return [
    ...sites.map(([id]) => siteLoss(id)),
    ...regions.values(),
    ...CLOUD_PROVIDERS.filter((provider) => providers.has(provider)).map((provider) => providerLoss(provider)),
    ...Object.keys(policy.suppliers).map((id) => supplierOutage(id)),
  ];
}

/**
 * The `--all` matrix: every declared scenario, then the generated ones in the documented order, leaving out a generated
 * scenario that hits exactly the same sites, or the same supplier, as an earlier scenario of the matrix.
 */
export function scenarioMatrix(policy: ContinuityPolicy): ScenarioSpec[] {
  const declared = declaredScenarios(policy);
  const seen = new Set(declared.map((scenario) => impactKey(policy, scenario)));
  const matrix = [...declared];
  for (const scenario of generatedScenarios(policy)) {
    const key = impactKey(policy, scenario);
    if (seen.has(key)) continue;
    seen.add(key);
    matrix.push(scenario);
  }
  return matrix;
}

/** A declared scenario by id, else a generated one (even one the matrix leaves out as a duplicate). */
export function findScenario(policy: ContinuityPolicy, id: string): ScenarioSpec | undefined {
  return (
    policy.scenarios.find((scenario) => scenario.id === id) ??
    generatedScenarios(policy).find((scenario) => scenario.id === id)
  );
}

/** Every id `findScenario` knows, declared first: the candidates of a "did you mean". */
export function knownScenarioIds(policy: ContinuityPolicy): string[] {
  return [...policy.scenarios.map((scenario) => scenario.id), ...generatedScenarios(policy).map((s) => s.id)];
}

/**
 * What a scenario hits, as a comparable key: its lost sites and the supplier it takes with them, or its supplier
 * alone. A hosting provider's outage and the loss of every site it hosts share a key. Staff scenarios never collide.
 */
function impactKey(policy: ContinuityPolicy, scenario: ScenarioSpec): string {
  if (scenario.kind === "staff-unavailability") return `staff:${scenario.id}`;
  const { lostSiteList, supplier } = resolveScenario(policy, scenario);
  const supplierKey = supplier ? `supplier:${supplier.id}` : "";
  return lostSiteList.length === 0 ? supplierKey : `sites:${lostSiteList.join(",")}|${supplierKey}`;
}
