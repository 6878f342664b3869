import { type ContinuityPolicy, regionKey, type SiteRole, siteRole } from "@relais/policy";
import { providerName } from "../text/providers";
import type { EdgeKind, Graph, GraphEdge, GraphGroup, GraphNode } from "./model";
import { tiersByStrictness } from "./tiers";

/**
 * Above this many services a per-service diagram is unreadable (and slow to lay out): diagrams and the heat map
 * then group services by tier.
 */
export const DETAIL_LIMIT = 40;

/** True when the policy is small enough for per-service diagrams. */
export function detailed(policy: ContinuityPolicy): boolean {
  return Object.keys(policy.services).length <= DETAIL_LIMIT;
}

/** The order the roles are counted in on an edge's label. */
const ROLES: readonly SiteRole[] = ["primary", "active", "standby"];

/**
 * The topology by tier and region: one node per tier (with its number of services) and per region (with its
 * sites), regions grouped by provider; an edge per tier and region, labelled with how many of the tier's services
 * are primary, active or standing by there.
 */
export function topologySummaryGraph(policy: ContinuityPolicy): Graph {
  const groups: GraphGroup[] = [];
  const membership = new Map<string, string>();
  const nodes: GraphNode[] = tierNodes(policy);
  const regionSites = new Map<string, string[]>();
  for (const [id, site] of Object.entries(policy.sites)) {
    if (site.provider === "office") continue;
    const region = regionKey(id, site);
    regionSites.set(region, [...(regionSites.get(region) ?? []), id]);
  }
  for (const [region, sites] of regionSites) {
    const site = policy.sites[sites[0]];
    const provider = `provider:${site.provider}`;
    if (!groups.some((group) => group.id === provider))
      groups.push({ id: provider, label: providerName(site.provider) });
    membership.set(`region:${region}`, provider);
    nodes.push({
      id: `region:${region}`,
      kind: "site",
      label: site.region ?? sites[0],
      detail: `${sites.length} site${sites.length === 1 ? "" : "s"} · ${site.jurisdiction}`,
    });
  }
  const counts = new Map<string, Record<SiteRole, number>>();
  for (const service of Object.values(policy.services)) {
    service.sites.forEach((siteId, index) => {
      const site = policy.sites[siteId];
      if (!site || site.provider === "office") return;
      const role = siteRole(service.strategy, index);
      const key = `${service.tier}\u0000${regionKey(siteId, site)}`;
      const count = counts.get(key) ?? { primary: 0, active: 0, standby: 0 };
      count[role] += 1;
      counts.set(key, count);
    });
  }
  const edges: GraphEdge[] = [...counts.entries()].map(([key, count]) => {
    const [tier, region] = key.split("\u0000");
    const kind: EdgeKind = count.primary > 0 ? "primary" : count.active > 0 ? "active" : "standby";
    const roles = ROLES.filter((role) => count[role] > 0).map((role) => `${count[role]} ${role}`);
    return {
      id: `placement:${key}`,
      from: `tier:${tier}`,
      to: `region:${region}`,
      kind,
      label: `${tier}: ${roles.join(", ")}`,
    };
  });
  const used = new Set(edges.map((edge) => edge.kind));
  const legend = [
    { kind: "primary" as const, text: "some of the tier's services have their primary site there" },
    { kind: "active" as const, text: "active-active services of the tier run there" },
    { kind: "standby" as const, text: "the tier's services only fail over there" },
  ].filter((entry) => used.has(entry.kind));
  return { direction: "RIGHT", nodes, groups, membership, edges, legend };
}

/**
 * The dependencies by tier: tiers, and suppliers grouped by criticality; an edge from a tier to each tier or
 * supplier group its services depend on, labelled with the number of hard and soft dependencies.
 */
export function dependencySummaryGraph(policy: ContinuityPolicy): Graph {
  const supplierGroups = (["critical", "important", "minor"] as const).flatMap((criticality): GraphNode[] => {
    const count = Object.values(policy.suppliers).filter((supplier) => supplier.criticality === criticality).length;
    if (count === 0) return [];
    return [
      {
        id: `suppliers:${criticality}`,
        kind: "supplier",
        label: `${criticality} suppliers`,
        detail: `${count} supplier${count === 1 ? "" : "s"}`,
        emphasis: criticality === "critical" ? "strong" : criticality === "minor" ? "weak" : "normal",
      },
    ];
  });
  const nodes: GraphNode[] = [...tierNodes(policy), ...supplierGroups];
  const counts = new Map<string, { hard: number; soft: number }>();
  for (const service of Object.values(policy.services)) {
    for (const dependency of service.dependsOn) {
      const target =
        dependency.kind === "supplier"
          ? `suppliers:${policy.suppliers[dependency.id]?.criticality}`
          : `tier:${policy.services[dependency.id]?.tier}`;
      if (!nodes.some((node) => node.id === target)) continue;
      const key = `tier:${service.tier}\u0000${target}`;
      const count = counts.get(key) ?? { hard: 0, soft: 0 };
      count[dependency.hard ? "hard" : "soft"] += 1;
      counts.set(key, count);
    }
  }
  const edges: GraphEdge[] = [...counts.entries()].map(([key, count]) => {
    const [from, to] = key.split("\u0000");
    const label = [count.hard > 0 ? `${count.hard} hard` : "", count.soft > 0 ? `${count.soft} soft` : ""]
      .filter(Boolean)
      .join(", ");
    return { id: `depends:${key}`, from, to, kind: count.hard > 0 ? "hard" : "soft", label };
  });
  const used = new Set(edges.map((edge) => edge.kind));
  const legend = [
    { kind: "hard" as const, text: "at least one hard dependency (the numbers are on the line)" },
    { kind: "soft" as const, text: "soft dependencies only" },
  ].filter((entry) => used.has(entry.kind));
  return { direction: "RIGHT", nodes, groups: [], membership: new Map(), edges, legend };
}

function tierNodes(policy: ContinuityPolicy): GraphNode[] {
  const used = new Set(Object.values(policy.services).map((service) => service.tier));
  const tiers = tiersByStrictness(policy).filter((tier) => used.has(tier));
  return tiers.map((tier, rank): GraphNode => {
    const services = Object.values(policy.services).filter((service) => service.tier === tier).length;
    return {
      id: `tier:${tier}`,
      kind: "service",
      label: tier,
      detail: `${services} service${services === 1 ? "" : "s"}`,
      emphasis: rank === 0 ? "strong" : "normal",
    };
  });
}
