import type { Graph, GraphEdge } from "../graph/model";
import { mermaidLabel } from "../text/escape";

const ARROWS: Record<GraphEdge["kind"], string> = {
  primary: "==>",
  active: "==>",
  standby: "-.->",
  hard: "-->",
  soft: "-.->",
  alternate: "-.-",
};

/** Line colours per edge kind, the same as the HTML diagrams'. */
const LINK_STYLE: Record<GraphEdge["kind"], string> = {
  primary: "stroke:#1d4ed8,stroke-width:2.5px",
  active: "stroke:#0e7490,stroke-width:2.5px",
  standby: "stroke:#64748b",
  hard: "stroke:#334155",
  soft: "stroke:#94a3b8",
  alternate: "stroke:#b45309",
};

/** Styles per node kind, for GitHub and GitLab's light and dark themes alike (explicit text colour). */
const CLASSES = [
  "classDef service fill:#e8effc,stroke:#1d4ed8,color:#0b1f44",
  "classDef site fill:#f1f5f9,stroke:#475569,color:#0f172a",
  "classDef supplier fill:#fdf4e7,stroke:#b45309,color:#3b2104",
  "classDef office fill:#f1f5f9,stroke:#94a3b8,color:#0f172a",
  "classDef strong stroke-width:3px",
];

/**
 * A Mermaid flowchart of a graph. Node and group ids are positional (`n1`, `g1`) so that no policy text ever
 * becomes Mermaid syntax; every label is escaped.
 */
export function mermaidFlowchart(graph: Graph): string {
  const nodeIds = new Map(graph.nodes.map((node, index) => [node.id, `n${index + 1}`]));
  const groupIds = new Map(graph.groups.map((group, index) => [group.id, `g${index + 1}`]));
  const lines = [`flowchart ${graph.direction === "RIGHT" ? "LR" : "TD"}`];

  const nodeLine = (nodeId: string, indent: string) => {
    const node = graph.nodes.find((candidate) => candidate.id === nodeId);
    if (!node) return;
    const detail = node.detail ? `<br/><small>${mermaidLabel(node.detail)}</small>` : "";
    lines.push(`${indent}${nodeIds.get(node.id)}["${mermaidLabel(node.label)}${detail}"]`);
  };
  const emitGroup = (groupId: string | undefined, indent: string) => {
    for (const group of graph.groups.filter((candidate) => candidate.parent === groupId)) {
      lines.push(`${indent}subgraph ${groupIds.get(group.id)}["${mermaidLabel(group.label)}"]`);
      emitGroup(group.id, `${indent}  `);
      for (const node of graph.nodes) {
        if (graph.membership.get(node.id) === group.id) nodeLine(node.id, `${indent}  `);
      }
      lines.push(`${indent}end`);
    }
  };
  for (const node of graph.nodes) {
    if (!graph.membership.has(node.id)) nodeLine(node.id, "  ");
  }
  emitGroup(undefined, "  ");
  const linksByKind = new Map<GraphEdge["kind"], number[]>();
  let link = 0;
  for (const edge of graph.edges) {
    const from = nodeIds.get(edge.from);
    const to = nodeIds.get(edge.to);
    if (!from || !to) continue;
    const label = edge.label ? `|${mermaidLabel(edge.label)}|` : "";
    lines.push(`  ${from} ${ARROWS[edge.kind]}${label} ${to}`);
    linksByKind.set(edge.kind, [...(linksByKind.get(edge.kind) ?? []), link]);
    link += 1;
  }
  for (const [kind, indices] of linksByKind) lines.push(`  linkStyle ${indices.join(",")} ${LINK_STYLE[kind]}`);
  lines.push(...CLASSES.map((line) => `  ${line}`));
  for (const kind of ["service", "site", "supplier", "office"] as const) {
    const ids = graph.nodes.filter((node) => node.kind === kind).map((node) => nodeIds.get(node.id));
    if (ids.length > 0) lines.push(`  class ${ids.join(",")} ${kind}`);
  }
  const strong = graph.nodes.filter((node) => node.emphasis === "strong").map((node) => nodeIds.get(node.id));
  if (strong.length > 0) lines.push(`  class ${strong.join(",")} strong`);
  return lines.join("\n");
}
