import { z } from "zod";
import type { StrategyName } from "./schema/policy";

/**
 * A site's part in a service: `primary` serves and the `standby` sites take over in their order in `sites`, for
 * the failover strategies; every site of an active-active service is `active`.
 */
export const SiteRole = z.enum(["primary", "standby", "active"]);
export type SiteRole = z.infer<typeof SiteRole>;

/** The role of the site at `index` (0-based) in a service's `sites`, before any loss or evacuation. */
export function siteRole(strategy: StrategyName, index: number): SiteRole {
  if (strategy === "active-active") return "active";
  return index === 0 ? "primary" : "standby";
}

/** The sites that carry traffic before any loss: every site of an active-active service, else the primary. */
export function activeSites(service: { strategy: StrategyName; sites: readonly string[] }): string[] {
  return service.sites.filter((_, index) => siteRole(service.strategy, index) !== "standby");
}

/**
 * The sites a service fails over through once `lost` are gone, in the order of its `sites`: the first one takes the
 * primary role (or, for active-active, they all carry the traffic).
 */
export function failoverOrder(service: { sites: readonly string[] }, lost: ReadonlySet<string>): string[] {
  return service.sites.filter((site) => !lost.has(site));
}
