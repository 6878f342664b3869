import type { PolicyResource } from "@pulumi/policy";
import type { PackConfig } from "../config";
import { evaluateRules, type Violation } from "../evaluate";
import { policyProvider, policyResource } from "../policy-resource";
import type { PackRule } from "../rules";

/** A provider of a region, as rules see it. */
export function provider(region: string) {
  return policyProvider(`urn:pulumi:dev::infra::pulumi:providers:aws::${region}`, "pulumi:providers:aws", region, {
    region,
  });
}

/** The `relais:*` tags of a service's resource at a site. */
export function tags(service: string, site: string, tier = "critical", role = "primary") {
  return { "relais:service": service, "relais:tier": tier, "relais:site": site, "relais:role": role };
}

/** A resource for a rule test: `props`, and optionally its region, protection and input dependencies. */
export function res(
  type: string,
  name: string,
  props: Record<string, unknown>,
  options: { region?: string; protect?: boolean; dependsOn?: Record<string, PolicyResource[]> } = {},
): PolicyResource {
  return policyResource({
    urn: `urn:pulumi:dev::infra::${type}::${name}`,
    type,
    name,
    props,
    protect: options.protect,
    provider: options.region ? provider(options.region) : undefined,
    propertyDependencies: options.dependsOn,
  });
}

/** A ContinuityPlan that acknowledges risks, as its `acceptedRisks` output shows them. */
export function plan(acceptedRisks: Array<{ site: string; capability: string; reason: string }>): PolicyResource {
  return res("relais:aws:ContinuityPlan", "plan", { acceptedRisks });
}

/** Runs one rule over resources and returns its violations. */
export function run(rule: PackRule, resources: PolicyResource[], config: PackConfig = {}): Promise<Violation[]> {
  return evaluateRules(resources, { [rule.name]: config }, [rule]);
}
