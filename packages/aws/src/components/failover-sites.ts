import type { ServiceSpec } from "@relais/policy";
import { ComponentError } from "../errors";
import { type ParsedSiteWorkload, SiteWorkloadSchema } from "../planning/workload";
import { isExternalProvider } from "../sites";
import type { ContinuityPlan, PlanSite } from "./continuity-plan";
import { ExternalWorkload } from "./external-workload";
import { parseArgs } from "./parse-args";

/** A site of a `FailoverService` with what serves it: workload settings (cloud) or an `ExternalWorkload`. */
export interface ServiceSite {
  site: PlanSite;
  workload?: ParsedSiteWorkload;
  external?: ExternalWorkload;
}

/**
 * Matches the `sites` argument with the service's sites in the policy: every site of the service must be
 * passed, no other may be; on-premises and colocation sites take an `ExternalWorkload` of this service and
 * site; cloud sites take workload settings (validated) or an `ExternalWorkload` when another party runs them.
 */
export function resolveServiceSites(
  component: string,
  plan: ContinuityPlan,
  serviceId: string,
  service: ServiceSpec,
  sites: Record<string, unknown>,
): Map<string, ServiceSite> {
  const policyName = plan.policy.metadata.name;
  for (const id of Object.keys(sites)) {
    if (!service.sites.includes(id)) {
      throw new ComponentError(
        component,
        `sites.${id}: ${id} is not a site of service ${serviceId} in policy ${policyName} (sites: ${service.sites.join(", ")}).`,
        `remove sites.${id}, or add ${id} to services.${serviceId}.sites in the policy`,
      );
    }
  }
  const resolved = new Map<string, ServiceSite>();
  for (const id of service.sites) {
    const value = sites[id];
    const site = plan.site(id);
    if (value === undefined) {
      throw new ComponentError(
        component,
        `site ${id} of service ${serviceId} is not passed in sites.`,
        isExternalProvider(site.spec.provider)
          ? `add sites["${id}"]: an ExternalWorkload for ${serviceId} at ${id} (${site.spec.provider})`
          : `add sites["${id}"] with at least imageId, vpcId and subnetIds`,
      );
    }
    if (value instanceof ExternalWorkload) {
      if (value.serviceId !== serviceId || value.siteId !== id || value.plan !== plan) {
        throw new ComponentError(
          component,
          `sites.${id}: the ExternalWorkload serves ${value.serviceId} at ${value.siteId}${value.plan === plan ? "" : " in another plan"}, not ${serviceId} at ${id}.`,
          `create an ExternalWorkload with { plan, service: "${serviceId}", site: "${id}" }`,
        );
      }
      resolved.set(id, { site, external: value });
      continue;
    }
    if (isExternalProvider(site.spec.provider)) {
      throw new ComponentError(
        component,
        `sites.${id}: site ${id} is ${site.spec.provider}; the stack cannot run compute there.`,
        `pass an ExternalWorkload for ${serviceId} at ${id} instead of workload settings`,
      );
    }
    resolved.set(id, { site, workload: parseArgs(component, SiteWorkloadSchema, value, `sites.${id}`) });
  }
  return resolved;
}
