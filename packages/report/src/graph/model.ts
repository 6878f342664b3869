/**
 * A diagram as a graph: nodes (optionally nested in groups) and edges, with no coordinates. Markdown turns it into
 * Mermaid; HTML lays it out with ELK and draws SVG. Sections build graphs from the policy in `graph/*.ts`.
 */

/** What a node stands for; renderers style each kind. */
export type NodeKind = "service" | "site" | "office" | "supplier";

/** What an edge means; renderers style each kind. */
export type EdgeKind = "primary" | "active" | "standby" | "hard" | "soft" | "alternate";

export interface GraphNode {
  id: string;
  kind: NodeKind;
  /** The first line: usually the policy id. */
  label: string;
  /** Smaller second line, such as `critical · warm-standby`. */
  detail?: string;
  /** Emphasis of the node's border: the tier rank (0 is the strictest) for services, criticality for suppliers. */
  emphasis?: "strong" | "normal" | "weak";
}

/** A box around nodes: a provider, or a region inside it. */
export interface GraphGroup {
  id: string;
  label: string;
  /** The enclosing group, or undefined at top level. */
  parent?: string;
}

export interface GraphEdge {
  id: string;
  from: string;
  to: string;
  kind: EdgeKind;
  label?: string;
}

export interface Graph {
  /** Left to right (`RIGHT`) or top to bottom (`DOWN`). */
  direction: "RIGHT" | "DOWN";
  nodes: readonly GraphNode[];
  groups: readonly GraphGroup[];
  /** The group each node sits in (node id → group id). */
  membership: ReadonlyMap<string, string>;
  edges: readonly GraphEdge[];
  /** What each edge kind means, for the legend (only kinds the graph uses). */
  legend: readonly { kind: EdgeKind | NodeKind; text: string }[];
}
