import { type ContinuityPolicy, formatDuration } from "@relais/policy";
import type { Graph, GraphEdge, GraphNode } from "./model";
import { tierRanks } from "./tiers";

/**
 * The dependency graph: services and suppliers, an edge from each dependent to what it depends on (hard: its loss
 * takes the dependent down; soft: the dependent degrades), and from each supplier to its declared alternates.
 */
export function dependencyGraph(policy: ContinuityPolicy): Graph {
  const ranks = tierRanks(policy);
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const [id, service] of Object.entries(policy.services)) {
    nodes.push({
      id: `service:${id}`,
      kind: "service",
      label: id,
      detail: `${service.tier} · RTO ${shortTier(policy, service.tier)}`,
      emphasis: ranks.get(service.tier) === 0 ? "strong" : "normal",
    });
  }
  for (const [id, supplier] of Object.entries(policy.suppliers)) {
    nodes.push({
      id: `supplier:${id}`,
      kind: "supplier",
      label: id,
      detail: `${supplier.criticality} supplier`,
      emphasis: supplier.criticality === "critical" ? "strong" : supplier.criticality === "minor" ? "weak" : "normal",
    });
  }
  const known = new Set(nodes.map((node) => node.id));
  for (const [id, service] of Object.entries(policy.services)) {
    for (const dependency of service.dependsOn) {
      const target = `${dependency.kind}:${dependency.id}`;
      if (!known.has(target)) continue;
      edges.push({
        id: `depends:${id}:${target}`,
        from: `service:${id}`,
        to: target,
        kind: dependency.hard ? "hard" : "soft",
      });
    }
  }
  for (const [id, supplier] of Object.entries(policy.suppliers)) {
    for (const alternate of supplier.alternates) {
      if (!known.has(`supplier:${alternate}`)) continue;
      edges.push({
        id: `alternate:${id}:${alternate}`,
        from: `supplier:${id}`,
        to: `supplier:${alternate}`,
        kind: "alternate",
        label: "alternate",
      });
    }
  }
  const used = new Set(edges.map((edge) => edge.kind));
  const legend = [
    { kind: "hard" as const, text: "hard dependency: its loss takes the dependent down" },
    { kind: "soft" as const, text: "soft dependency: its loss degrades the dependent" },
    { kind: "alternate" as const, text: "supplier alternate" },
  ].filter((entry) => used.has(entry.kind));
  return { direction: "RIGHT", nodes, groups: [], membership: new Map(), edges, legend };
}

function shortTier(policy: ContinuityPolicy, tier: string): string {
  const spec = policy.tiers[tier];
  return spec ? formatDuration(spec.rto) : "?";
}
