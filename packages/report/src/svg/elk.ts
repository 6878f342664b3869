import type { ELK, ElkExtendedEdge, ElkNode } from "elkjs/lib/elk-api";
import type { Graph, GraphEdge, GraphGroup, GraphNode } from "../graph/model";
import { textWidth } from "./text-metrics";

export interface Point {
  x: number;
  y: number;
}
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A graph with coordinates, ready to draw. */
export interface LaidOutGraph {
  width: number;
  height: number;
  nodes: (Box & { node: GraphNode })[];
  groups: (Box & { group: GraphGroup; depth: number })[];
  edges: { edge: GraphEdge; points: Point[]; label?: Box & { text: string } }[];
}

/** Sizes of the drawing, shared with the SVG renderer. */
export const NODE = { labelSize: 13, detailSize: 11, paddingX: 12, minWidth: 96, height: 30, heightWithDetail: 46 };
export const GROUP = { labelSize: 12, paddingTop: 30, padding: 14 };
export const EDGE_LABEL = { size: 11, height: 16 };

let instance: Promise<ELK> | undefined;

/** The ELK engine, loaded on first use only: documents without diagrams never load it. */
function elk(): Promise<ELK> {
  instance ??= import("elkjs/lib/elk.bundled.js").then((module) => {
    const Elk = module.default;
    return new Elk();
  });
  return instance;
}

/**
 * Lays a graph out with ELK's layered algorithm (Sugiyama): layers in the graph's direction, groups as nested
 * boxes, orthogonal edges. The random seed is fixed, so a graph always gets the same coordinates. Coordinates are rounded to tenths of a pixel for stable output.
 */
export async function layoutGraph(graph: Graph): Promise<LaidOutGraph> {
  const root: ElkNode = {
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": graph.direction,
      "elk.hierarchyHandling": "INCLUDE_CHILDREN",
      "elk.randomSeed": "1",
      "elk.json.edgeCoords": "ROOT",
      "elk.json.shapeCoords": "ROOT",
      "elk.padding": "[top=12,left=12,bottom=12,right=12]",
      "elk.spacing.nodeNode": "16",
      "elk.layered.spacing.nodeNodeBetweenLayers": "56",
      "elk.spacing.edgeNode": "14",
      "elk.spacing.edgeEdge": "8",
      "elk.edgeRouting": "ORTHOGONAL",
      // Keeping the model order and the default thoroughness (7) cost five to ten times the time on large graphs
      // for no visible gain; the seed alone makes the layout deterministic.
      "elk.layered.thoroughness": "3",
      "elk.edgeLabels.placement": "CENTER",
    },
    children: [],
    edges: [],
  };
  const elements = new Map<string, ElkNode>([["root", root]]);
  for (const group of graph.groups) {
    elements.set(group.id, {
      id: group.id,
      layoutOptions: {
        "elk.padding": `[top=${GROUP.paddingTop},left=${GROUP.padding},bottom=${GROUP.padding},right=${GROUP.padding}]`,
        "elk.nodeSize.constraints": "MINIMUM_SIZE",
        "elk.nodeSize.minimum": `(${Math.ceil(textWidth(group.label, GROUP.labelSize, true) + 2 * GROUP.padding)},40)`,
      },
      children: [],
    });
  }
  for (const group of graph.groups) {
    elements.get(group.parent ?? "root")?.children?.push(elements.get(group.id) as ElkNode);
  }
  for (const node of graph.nodes) {
    const size = nodeSize(node);
    const parent = elements.get(graph.membership.get(node.id) ?? "root") ?? root;
    parent.children?.push({ id: node.id, width: size.width, height: size.height });
  }
  root.edges = graph.edges.map(
    (edge): ElkExtendedEdge => ({
      id: edge.id,
      sources: [edge.from],
      targets: [edge.to],
      labels: edge.label
        ? [
            {
              text: edge.label,
              width: Math.ceil(textWidth(edge.label, EDGE_LABEL.size) + 8),
              height: EDGE_LABEL.height,
            },
          ]
        : [],
    }),
  );
  const result = await (await elk()).layout(root);
  return collect(graph, result);
}

/** The box a node needs for its label and detail line. */
export function nodeSize(node: GraphNode): { width: number; height: number } {
  const text = Math.max(
    textWidth(node.label, NODE.labelSize, true),
    node.detail ? textWidth(node.detail, NODE.detailSize) : 0,
  );
  return {
    width: Math.ceil(Math.max(NODE.minWidth, text + 2 * NODE.paddingX)),
    height: node.detail ? NODE.heightWithDetail : NODE.height,
  };
}

function collect(graph: Graph, root: ElkNode): LaidOutGraph {
  const boxes = new Map<string, { box: Box; depth: number }>();
  const walk = (element: ElkNode, depth: number) => {
    for (const child of element.children ?? []) {
      boxes.set(child.id, { box: box(child), depth });
      walk(child, depth + 1);
    }
  };
  walk(root, 0);
  const edgesById = new Map((root.edges ?? []).map((edge) => [edge.id, edge as ElkExtendedEdge]));
  return {
    width: round(root.width ?? 0),
    height: round(root.height ?? 0),
    groups: graph.groups.flatMap((group) => {
      const found = boxes.get(group.id);
      return found ? [{ group, depth: found.depth, ...found.box }] : [];
    }),
    nodes: graph.nodes.flatMap((node) => {
      const found = boxes.get(node.id);
      return found ? [{ node, ...found.box }] : [];
    }),
    edges: graph.edges.flatMap((edge) => {
      const laid = edgesById.get(edge.id);
      const section = laid?.sections?.[0];
      if (!laid || !section) return [];
      const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((point) => ({
        x: round(point.x),
        y: round(point.y),
      }));
      const label = laid.labels?.[0];
      return [
        {
          edge,
          points,
          label: label && edge.label ? { text: edge.label, ...box(label as ElkNode) } : undefined,
        },
      ];
    }),
  };
}

function box(shape: { x?: number; y?: number; width?: number; height?: number }): Box {
  return {
    x: round(shape.x ?? 0),
    y: round(shape.y ?? 0),
    width: round(shape.width ?? 0),
    height: round(shape.height ?? 0),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
