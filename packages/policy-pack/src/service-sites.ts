import type { PolicyResource } from "@pulumi/policy";
import { isGlobal, objects, providerRegion, relaisTagsOf } from "./resources";

/** A service as its tagged resources show it: its tier and, per site, the region it runs in. */
export interface TaggedService {
  service: string;
  tier: string;
  /** Site id → region of the site's regional resources, or null (external sites, global resources only). */
  sites: Map<string, string | null>;
  /** A resource of the service, to attach its violations to. */
  urn: string;
}

/** The type token of the component that deploys a policy service. */
export const FAILOVER_SERVICE_TYPE = "relais:aws:FailoverService";

/**
 * Groups the resources tagged `relais:service` (except the plan's shared ones, `-`) by service, in stack order,
 * with the sites each `FailoverService` reports in its `placements` output: a site that only hosts an external
 * workload without a health check has no tagged resource of its own.
 */
export function taggedServices(resources: readonly PolicyResource[]): TaggedService[] {
  const services = new Map<string, TaggedService>();
  const entry = (service: string, tier: string, urn: string) => {
    let found = services.get(service);
    if (!found) {
      found = { service, tier, sites: new Map(), urn };
      services.set(service, found);
    }
    if (found.tier === "-") found.tier = tier;
    return found;
  };
  for (const resource of resources) {
    for (const site of placedSites(resource)) {
      const placed = entry(String(resource.props.serviceId), "-", resource.urn);
      if (!placed.sites.has(site)) placed.sites.set(site, null);
    }
    const tags = relaisTagsOf(resource.props);
    if (!tags || tags.service === "-") continue;
    const tagged = entry(tags.service, tags.tier, resource.urn);
    const region = isGlobal(resource.type) ? undefined : providerRegion(resource);
    if (region !== undefined || !tagged.sites.has(tags.site)) tagged.sites.set(tags.site, region ?? null);
  }
  return [...services.values()];
}

/** The sites a `FailoverService` reports in its `placements` output. */
function placedSites(resource: PolicyResource): string[] {
  if (resource.type !== FAILOVER_SERVICE_TYPE || typeof resource.props.serviceId !== "string") return [];
  return objects(resource.props.placements)
    .map((placement) => placement.site)
    .filter((site): site is string => typeof site === "string");
}
