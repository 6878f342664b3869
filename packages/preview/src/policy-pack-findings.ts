import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Finding, InputError, type Manifest } from "@relais/policy";
import {
  CONTINUITY_PLAN_TYPE,
  evaluateRules,
  FAILOVER_SERVICE_TYPE,
  type PackConfigFile,
  policyProvider,
  policyResource,
  type Violation,
} from "@relais/policy-pack";
import type { CapturedResource } from "./runner/protocol";

type PolicyResource = ReturnType<typeof policyResource>;

/**
 * Runs the rules of `@relais/policy-pack` on what a program registered under the mocks, as `pulumi preview
 * --policy-pack` would on the real preview, and returns their reports as `policy-pack` findings: an error for a
 * mandatory rule, a warning for an advisory one, at the resource's URN.
 */
export async function policyPackFindings(
  resources: readonly CapturedResource[],
  manifests: readonly Manifest[],
  config: PackConfigFile = {},
): Promise<Finding[]> {
  const violations = await evaluateRules(policyResources(resources, manifests), config);
  return violations.map(finding);
}

/** The file, in a program's directory, that configures the pack (the one `--policy-pack-config` takes). */
export const PACK_CONFIG_FILE = "policy-pack-config.json";

/** The pack's configuration for a program: its `policy-pack-config.json`, or none. */
export function readPackConfig(directory: string): PackConfigFile {
  const file = join(directory, PACK_CONFIG_FILE);
  if (!existsSync(file)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new InputError(`${file} is not valid JSON: ${(error as Error).message}`, "fix the file, or remove it");
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new InputError(
      `${file} must be an object keyed by rule name`,
      'for example { "relais-allowed-regions": { "allowedRegions": ["eu-west-3"] } }',
    );
  }
  return parsed as PackConfigFile;
}

function finding(violation: Violation): Finding {
  return {
    code: "policy-pack",
    severity: violation.enforcementLevel === "mandatory" ? "error" : "warning",
    path: violation.urn ?? "(stack)",
    message: `${violation.rule}: ${violation.message}`,
    hint: `${violation.rule} is described in the RULES.md of @relais/policy-pack`,
  };
}

/**
 * The captured resources as policy rules see them. Providers become each resource's `provider`; input dependencies
 * point at the resources they come from. Components show the outputs the engine would give the rules, which the
 * capture does not hold, from the manifests: a `ContinuityPlan` its `acceptedRisks`, a `FailoverService` its
 * `serviceId` and `placements` (plans pair with manifests, and services with manifest services, in order).
 */
function policyResources(resources: readonly CapturedResource[], manifests: readonly Manifest[]): PolicyResource[] {
  const providers = new Map(
    resources
      .filter((resource) => resource.type.startsWith("pulumi:providers:"))
      .map((resource) => [resource.urn, policyProvider(resource.urn, resource.type, resource.name, resource.inputs)]),
  );
  const byUrn = new Map<string, PolicyResource>();
  const services = manifests.flatMap((manifest) => manifest.services);
  let plans = 0;
  let placed = 0;
  for (const resource of resources) {
    const props: Record<string, unknown> = { ...resource.inputs };
    if (resource.type === CONTINUITY_PLAN_TYPE) props.acceptedRisks = manifests[plans++]?.acceptedRisks ?? [];
    const service = resource.type === FAILOVER_SERVICE_TYPE ? services[placed++] : undefined;
    if (service) {
      props.serviceId = service.service;
      props.placements = service.sites.map(({ site, role, desired }) => ({ site, role, desired }));
    }
    const propertyDependencies: Record<string, PolicyResource[]> = {};
    byUrn.set(
      resource.urn,
      policyResource({
        urn: resource.urn,
        type: resource.type,
        name: resource.name,
        props,
        protect: resource.protect,
        provider: resource.provider ? providers.get(resource.provider) : undefined,
        parent: resource.parent ? byUrn.get(resource.parent) : undefined,
        propertyDependencies,
      }),
    );
  }
  // Dependencies are filled in once every resource exists: an input may depend on a resource registered later.
  for (const resource of resources) {
    const dependencies = byUrn.get(resource.urn)!.propertyDependencies;
    for (const [input, urns] of Object.entries(resource.dependencies ?? {})) {
      dependencies[input] = urns.flatMap((urn) => byUrn.get(urn) ?? []);
    }
  }
  return [...byUrn.values()];
}
