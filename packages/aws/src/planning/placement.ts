import { failoverOrder, type ServiceSpec, type SiteRole, siteRole } from "@relais/policy";
import { ComponentError } from "../errors";

/** The role a placement holds: a site's role, taken from @relais/policy. */
export type PlacementRole = SiteRole;

/** Where a service runs on one site, and how much: the plan every resource and the manifest are derived from. */
export interface Placement {
  site: string;
  role: PlacementRole;
  /** Units running at this site. */
  desired: number;
  /** True for the site named by `relais:evacuate`. */
  evacuated: boolean;
}

/**
 * The deployed placement of a service, primary (or first active) site first, then the failover order.
 *
 * Without evacuation: active-active runs `standby` units (default `required`) at every site; warm-standby runs
 * `required` at the primary and `standby` at each failover site; pilot-light and backup-restore run `required`
 * at the primary and nothing elsewhere.
 *
 * With `evacuate` naming one of the service's sites (docs/components.md, planned evacuation): a failover strategy whose
 * primary is evacuated promotes the first other site to primary with `required` units and moves the evacuated
 * site to the end as a standby with the strategy's standby size; an active-active service stops sending traffic
 * to the evacuated site (role `standby`, 0 units) and each remaining site runs at least its share of `required`.
 * A service whose only site is evacuated cannot move: that is a construction error.
 */
export function planPlacements(
  component: string,
  serviceId: string,
  service: ServiceSpec,
  evacuate: string | null,
): Placement[] {
  const evacuating = evacuate !== null && service.sites.includes(evacuate);
  if (evacuating && service.sites.length === 1) {
    throw new ComponentError(
      component,
      `cannot evacuate site ${evacuate}: service ${serviceId} runs on no other site.`,
      `add a failover site to services.${serviceId}.sites, or unset relais:evacuate (pulumi config rm relais:evacuate)`,
    );
  }
  const { required, standby } = service.capacity;
  const order = evacuating ? [...failoverOrder(service, new Set([evacuate])), evacuate] : [...service.sites];
  if (service.strategy === "active-active") {
    const remaining = evacuating ? order.length - 1 : order.length;
    const share = evacuating ? Math.max(standby, Math.ceil(required / remaining)) : standby;
    return order.map((site, index) =>
      site === evacuate
        ? { site, role: "standby", desired: 0, evacuated: true }
        : { site, role: siteRole(service.strategy, index), desired: share, evacuated: false },
    );
  }
  const standbySize = service.strategy === "warm-standby" ? standby : 0;
  return order.map((site, index) => {
    const role = siteRole(service.strategy, index);
    return { site, role, desired: role === "primary" ? required : standbySize, evacuated: site === evacuate };
  });
}
