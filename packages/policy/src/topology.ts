import type { ContinuityPolicy, SiteSpec } from "./schema/policy";

export type Separation = "zone" | "region" | "provider";

/**
 * The failure domain a site belongs to at a level of separation. A site without a region (on-premises,
 * colocation, office) is its own region and zone; a site with a region but no zone is a whole region.
 */
export function failureDomain(siteId: string, site: SiteSpec, separation: Separation): string {
  if (separation === "provider") return site.provider;
  if (site.region === undefined) return `${site.provider}/${siteId}`;
  const region = `${site.provider}/${site.region}`;
  if (separation === "region") return region;
  return site.zone === undefined ? region : `${region}/${site.zone}`;
}

/** `provider/region` for a cloud site, or `provider/site-id` for a site that is its own region. */
export function regionKey(siteId: string, site: SiteSpec): string {
  return failureDomain(siteId, site, "region");
}

/** The sites of the policy that exist, in a service's order, skipping dangling references. */
export function knownSites(policy: ContinuityPolicy, siteIds: readonly string[]): Array<[string, SiteSpec]> {
  return siteIds.flatMap((id) => (policy.sites[id] ? [[id, policy.sites[id]] as [string, SiteSpec]] : []));
}
