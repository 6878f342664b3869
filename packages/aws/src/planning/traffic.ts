import type { ProviderName, ServiceSpec } from "@relais/policy";
import type { ComputeMode } from "./compute";
import type { Placement } from "./placement";

/** What the traffic planner needs to know of a site. */
export interface TrafficSite {
  site: string;
  provider: ProviderName;
  region: string | null;
  compute: ComputeMode;
  /** The site's workload asked for its own load balancer (`loadBalancer: true`). */
  wantsLoadBalancer: boolean;
}

/** One classic load balancer: its name site (the first of its group) and the sites whose compute it fronts. */
export interface LoadBalancerPlan {
  site: string;
  sites: string[];
}

/**
 * Load balancers. `traffic.method: load-balancer`: one per provider region, fronting every site of the service
 * in that region (zones of one region fail over with no DNS change). Other methods: one per site that asks for
 * one with `loadBalancer: true`.
 */
export function planLoadBalancers(method: ServiceSpec["traffic"]["method"], sites: readonly TrafficSite[]) {
  const groups = new Map<string, LoadBalancerPlan>();
  for (const site of sites) {
    if (site.compute !== "asg" && site.compute !== "instances") continue;
    if (method !== "load-balancer" && !site.wantsLoadBalancer) continue;
    const key = method === "load-balancer" ? `${site.provider}/${site.region}` : site.site;
    const group = groups.get(key);
    if (group) group.sites.push(site.site);
    else groups.set(key, { site: site.site, sites: [site.site] });
  }
  return [...groups.values()];
}

/** How a Route 53 record routes. */
export type Routing =
  | { kind: "failover"; type: "PRIMARY" | "SECONDARY" }
  | { kind: "weighted"; weight: number }
  | { kind: "simple" };

/** A Route 53 record and health check for one target: a site, or (load-balancer method) a load balancer. */
export interface RecordPlan {
  /**
   * What the record is keyed by, for its resource name and set identifier: the role (`primary`, `secondary`) for
   * failover and simple records, so an evacuation moves a role's target instead of swapping record types (Route 53
   * refuses two PRIMARY records for one name); the site for weighted records.
   */
  key: string;
  /** The site the record points at (its endpoint), or the name site of a load balancer. */
  target: string;
  routing: Routing;
}

/**
 * The Route 53 records of a service with a hosted zone, in placement order. `dns-failover`: exactly two records
 * keyed by role, `primary` (PRIMARY) to the first placement and `secondary` (SECONDARY) to the second (Route 53
 * failover has one secondary: later sites get no record). `dns-weighted`: a weighted record per placement, weighted by its running units (0 for standby sites,
 * which Route 53 uses only when every weighted site is unhealthy). `manual`: one simple record to the primary,
 * switched by a planned evacuation. `load-balancer`: one simple record to the load balancer of the primary.
 * Placements without an address (the failover site of backup-restore with no `endpoint`) get no record.
 */
export function planRecords(
  method: ServiceSpec["traffic"]["method"],
  placements: readonly Placement[],
  addressable: ReadonlySet<string>,
  loadBalancers: readonly LoadBalancerPlan[],
): RecordPlan[] {
  const targets = placements.filter((placement) => addressable.has(placement.site));
  switch (method) {
    case "dns-failover":
      return targets.slice(0, 2).map((placement, index) => ({
        key: index === 0 ? "primary" : "secondary",
        target: placement.site,
        routing: { kind: "failover", type: index === 0 ? "PRIMARY" : "SECONDARY" },
      }));
    case "dns-weighted":
      return targets.map((placement) => ({
        key: placement.site,
        target: placement.site,
        routing: { kind: "weighted", weight: placement.role === "standby" ? 0 : placement.desired },
      }));
    case "manual":
      return targets
        .slice(0, 1)
        .map((placement) => ({ key: "primary", target: placement.site, routing: { kind: "simple" } }));
    case "load-balancer": {
      const primary = placements[0]?.site;
      const group = loadBalancers.find((balancer) => balancer.sites.includes(primary));
      return group ? [{ key: "primary", target: group.site, routing: { kind: "simple" } }] : [];
    }
  }
}

/**
 * The targets that get a Route 53 health check: every addressable placement (its alarm convenes the crisis
 * cell even for manual failover), or with the load-balancer method every load balancer.
 */
export function planHealthChecks(
  method: ServiceSpec["traffic"]["method"],
  placements: readonly Placement[],
  addressable: ReadonlySet<string>,
  loadBalancers: readonly LoadBalancerPlan[],
): string[] {
  if (method === "load-balancer") return loadBalancers.map((balancer) => balancer.site);
  return placements.filter((placement) => addressable.has(placement.site)).map((placement) => placement.site);
}

/** Route 53 health checks run every 10 or 30 seconds; any other policy interval cannot be deployed. */
export const ROUTE53_INTERVALS = [10, 30] as const;

/**
 * The classic ELB health check for the policy's settings, within ELB's bounds: interval 5–300 s, unhealthy
 * threshold 2–10, timeout shorter than the interval.
 */
export function elbHealthCheck(healthCheck: ServiceSpec["traffic"]["healthCheck"]): {
  interval: number;
  unhealthyThreshold: number;
  healthyThreshold: number;
  timeout: number;
} {
  const interval = Math.min(300, Math.max(5, healthCheck.interval));
  return {
    interval,
    unhealthyThreshold: Math.min(10, Math.max(2, healthCheck.failureThreshold)),
    healthyThreshold: 2,
    timeout: Math.max(2, Math.min(5, interval - 1)),
  };
}
