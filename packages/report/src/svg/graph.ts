import type { EdgeKind, NodeKind } from "../graph/model";
import { escapeHtml } from "../text/escape";
import { EDGE_LABEL, GROUP, type LaidOutGraph, NODE, type Point } from "./elk";
import { element, num, text, tooltip } from "./svg";
import { DIAGRAM_FONT } from "./text-metrics";

/** How each edge kind is drawn. Exported for the legend. */
export const EDGE_STYLE: Record<EdgeKind, { color: string; width: number; dash?: string }> = {
  primary: { color: "#1d4ed8", width: 2.4 },
  active: { color: "#0e7490", width: 2.4 },
  standby: { color: "#64748b", width: 1.6, dash: "6 4" },
  hard: { color: "#334155", width: 1.6 },
  soft: { color: "#94a3b8", width: 1.6, dash: "5 4" },
  alternate: { color: "#b45309", width: 1.4, dash: "2 4" },
};

/** How each node kind is drawn. */
export const NODE_STYLE: Record<NodeKind, { fill: string; stroke: string }> = {
  service: { fill: "#eff6ff", stroke: "#1d4ed8" },
  site: { fill: "#ffffff", stroke: "#475569" },
  office: { fill: "#ffffff", stroke: "#94a3b8" },
  supplier: { fill: "#fff7ed", stroke: "#b45309" },
};

const GROUP_FILL = ["#f8fafc", "#eef2f7", "#e2e8f0"];

/**
 * Draws a laid-out graph as an inline SVG: nested group boxes, orthogonal edges with arrowheads, node boxes with a
 * label and a detail line, and tooltips. `id` prefixes every SVG id, so several diagrams can share a page.
 */
export function renderGraphSvg(id: string, title: string, layout: LaidOutGraph): string {
  const kinds = [...new Set(layout.edges.map((edge) => edge.edge.kind))];
  const markers = kinds
    .map((kind) =>
      element(
        "marker",
        {
          id: `${id}-arrow-${kind}`,
          viewBox: "0 0 10 10",
          refX: 9,
          refY: 5,
          markerWidth: 7,
          markerHeight: 7,
          orient: "auto-start-reverse",
        },
        element("path", { d: "M0,0 L10,5 L0,10 z", fill: EDGE_STYLE[kind].color }),
      ),
    )
    .join("");
  const groups = [...layout.groups]
    .sort((a, b) => a.depth - b.depth)
    .map((group) =>
      element(
        "g",
        { class: "group" },
        element("rect", {
          x: group.x,
          y: group.y,
          width: group.width,
          height: group.height,
          rx: 8,
          fill: GROUP_FILL[Math.min(group.depth, GROUP_FILL.length - 1)],
          stroke: "#cbd5e1",
        }) +
          text(group.x + GROUP.padding - 4, group.y + 19, group.group.label, {
            "font-size": GROUP.labelSize,
            "font-weight": "bold",
            fill: "#334155",
          }),
      ),
    )
    .join("");
  const edges = layout.edges
    .map(({ edge, points, label }) => {
      const style = EDGE_STYLE[edge.kind];
      const path = element("path", {
        d: pathData(points),
        fill: "none",
        stroke: style.color,
        "stroke-width": style.width,
        "stroke-dasharray": style.dash,
        "marker-end": edge.kind === "alternate" ? undefined : `url(#${id}-arrow-${edge.kind})`,
      });
      const labelSvg = label
        ? element("rect", {
            x: label.x,
            y: label.y,
            width: label.width,
            height: label.height,
            rx: 3,
            fill: "#ffffff",
          }) +
          text(label.x + label.width / 2, label.y + EDGE_LABEL.height - 4, label.text, {
            "font-size": EDGE_LABEL.size,
            "text-anchor": "middle",
            fill: style.color,
          })
        : "";
      return element("g", { class: `edge edge-${edge.kind}` }, path + labelSvg);
    })
    .join("");
  const nodes = layout.nodes
    .map(({ node, x, y, width, height }) => {
      const style = NODE_STYLE[node.kind];
      const centre = x + width / 2;
      const labelY = node.detail ? y + 19 : y + height / 2 + NODE.labelSize / 2 - 2;
      return element(
        "g",
        { class: `node node-${node.kind}` },
        tooltip(node.detail ? `${node.label}: ${node.detail}` : node.label) +
          element("rect", {
            x,
            y,
            width,
            height,
            rx: 6,
            fill: style.fill,
            stroke: style.stroke,
            "stroke-width": node.emphasis === "strong" ? 2.6 : 1.3,
            "stroke-dasharray": node.emphasis === "weak" ? "4 3" : undefined,
          }) +
          text(centre, labelY, node.label, {
            "font-size": NODE.labelSize,
            "font-weight": "bold",
            "text-anchor": "middle",
            fill: "#0f172a",
          }) +
          (node.detail
            ? text(centre, y + 36, node.detail, {
                "font-size": NODE.detailSize,
                "text-anchor": "middle",
                fill: "#475569",
              })
            : ""),
      );
    })
    .join("");
  const titleId = `${id}-title`;
  return element(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      class: "diagram",
      id,
      viewBox: `0 0 ${num(layout.width)} ${num(layout.height)}`,
      width: layout.width,
      height: layout.height,
      role: "img",
      "aria-labelledby": titleId,
      "font-family": DIAGRAM_FONT,
    },
    `<title id="${escapeHtml(titleId)}">${escapeHtml(title)}</title><defs>${markers}</defs>${groups}${edges}${nodes}`,
  );
}

function pathData(points: readonly Point[]): string {
  return points.map((point, index) => `${index === 0 ? "M" : "L"}${num(point.x)},${num(point.y)}`).join(" ");
}

/** A small sample of an edge style, for legends: a short line in an inline SVG. */
export function edgeSwatch(kind: EdgeKind): string {
  const style = EDGE_STYLE[kind];
  return element(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      class: "swatch",
      width: 34,
      height: 10,
      viewBox: "0 0 34 10",
      "aria-hidden": "true",
    },
    element("line", {
      x1: 1,
      y1: 5,
      x2: 33,
      y2: 5,
      stroke: style.color,
      "stroke-width": style.width,
      "stroke-dasharray": style.dash,
    }),
  );
}
