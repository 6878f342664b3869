import { type ContinuityPolicy, siteRole } from "@relais/policy";
import { providerName } from "../text/providers";
import type { Graph, GraphEdge, GraphGroup, GraphNode } from "./model";
import { tierRanks } from "./tiers";

/**
 * The topology diagram: every service and the sites it runs on, grouped by provider and region. Edges say where a
 * service is active (its primary, or every site of an active-active service) and where it stands by, in failover
 * order. Offices carry people, not workloads, and are left out.
 */
export function topologyGraph(policy: ContinuityPolicy): Graph {
  const groups: GraphGroup[] = [];
  const membership = new Map<string, string>();
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const seenGroups = new Set<string>();
  const addGroup = (group: GraphGroup) => {
    if (seenGroups.has(group.id)) return;
    seenGroups.add(group.id);
    groups.push(group);
  };
  const ranks = tierRanks(policy);

  for (const [id, service] of Object.entries(policy.services)) {
    nodes.push({
      id: `service:${id}`,
      kind: "service",
      label: id,
      detail: `${service.tier} · ${service.strategy}`,
      emphasis: emphasisOf(ranks.get(service.tier)),
    });
  }
  for (const [id, site] of Object.entries(policy.sites)) {
    if (site.provider === "office") continue;
    const providerGroup = `provider:${site.provider}`;
    addGroup({ id: providerGroup, label: providerName(site.provider) });
    let parent = providerGroup;
    if (site.region !== undefined) {
      parent = `region:${site.provider}/${site.region}`;
      addGroup({ id: parent, label: site.region, parent: providerGroup });
    }
    membership.set(`site:${id}`, parent);
    const place = site.zone ?? site.location;
    nodes.push({
      id: `site:${id}`,
      kind: "site",
      label: id,
      detail: [place, site.jurisdiction].filter((part) => part !== undefined).join(" · "),
    });
  }
  for (const [id, service] of Object.entries(policy.services)) {
    const standbyCount = service.sites.filter((_, index) => siteRole(service.strategy, index) === "standby").length;
    service.sites.forEach((siteId, index) => {
      if (!policy.sites[siteId] || policy.sites[siteId].provider === "office") return;
      const kind = siteRole(service.strategy, index);
      const label = kind === "standby" && standbyCount > 1 ? `failover ${index}` : undefined;
      edges.push({ id: `placement:${id}:${siteId}`, from: `service:${id}`, to: `site:${siteId}`, kind, label });
    });
  }
  const used = new Set(edges.map((edge) => edge.kind));
  const legend = [
    { kind: "primary" as const, text: "primary site (active)" },
    { kind: "active" as const, text: "active site (active-active)" },
    { kind: "standby" as const, text: "failover site (standby), in failover order" },
  ].filter((entry) => used.has(entry.kind));
  return { direction: "RIGHT", nodes, groups, membership, edges, legend };
}

function emphasisOf(rank: number | undefined): GraphNode["emphasis"] {
  if (rank === undefined) return "normal";
  return rank === 0 ? "strong" : "normal";
}
