import type { ServiceStatus } from "@relais/simulate";
import { escapeHtml } from "../text/escape";
import type { Heatmap } from "./heatmap-model";
import { element, num, text, tooltip } from "./svg";
import { DIAGRAM_FONT, textWidth } from "./text-metrics";

/** Colours of the statuses: fill, text. */
export const STATUS_COLOURS: Record<ServiceStatus, { fill: string; ink: string; label: string }> = {
  unaffected: { fill: "#f1f5f9", ink: "#64748b", label: "not affected" },
  recovered: { fill: "#bbf7d0", ink: "#14532d", label: "recovered within objectives" },
  degraded: { fill: "#fde68a", ink: "#78350f", label: "degraded or objective missed" },
  down: { fill: "#fca5a5", ink: "#7f1d1d", label: "down" },
};

const FONT = 12;
const CELL = { minWidth: 58, height: 26, padding: 10, gap: 2 };
const ANGLE = 40;
const MARGIN = 8;
const LEGEND_HEIGHT = 34;

/**
 * The scenario matrix as a heat map: one coloured cell per service and scenario, with the estimated recovery time
 * in it and the full explanation as a tooltip. A matrix has no graph structure to lay out, so its geometry is
 * computed from the measured widths of its labels: columns as wide as their widest cell, column titles slanted so
 * they fit above narrow columns.
 */
export function renderHeatmapSvg(id: string, title: string, heatmap: Heatmap): string {
  const rowLabelWidth = Math.ceil(Math.max(0, ...heatmap.rows.map((row) => textWidth(row.label, FONT))) + 2 * MARGIN);
  const cellWidth = Math.ceil(
    Math.max(CELL.minWidth, ...heatmap.cells.flat().map((cell) => textWidth(cell.text, FONT - 1) + 2 * CELL.padding)),
  );
  const pitch = cellWidth + CELL.gap;
  const radians = (ANGLE * Math.PI) / 180;
  const longest = Math.max(0, ...heatmap.columns.map((column) => textWidth(column.label, FONT, true)));
  const headerHeight = Math.ceil(longest * Math.sin(radians) + FONT + 2 * MARGIN);
  const overhang = Math.ceil(Math.max(0, longest * Math.cos(radians) - pitch / 2));
  const gridWidth = heatmap.columns.length * pitch;
  const gridHeight = heatmap.rows.length * (CELL.height + CELL.gap);
  const legendWidth = legendSize();
  const width = Math.ceil(Math.max(rowLabelWidth + gridWidth + overhang + MARGIN, legendWidth + 2 * MARGIN));
  const height = headerHeight + gridHeight + LEGEND_HEIGHT;

  const headers = heatmap.columns
    .map((column, index) => {
      const x = rowLabelWidth + index * pitch + cellWidth / 2;
      const y = headerHeight - MARGIN;
      return text(x, y, column.label, {
        "font-size": FONT,
        "font-weight": "bold",
        fill: "#1e293b",
        transform: `rotate(-${ANGLE} ${num(x)} ${num(y)})`,
      });
    })
    .join("");
  const rows = heatmap.rows
    .map((row, rowIndex) => {
      const y = headerHeight + rowIndex * (CELL.height + CELL.gap);
      const label = text(rowLabelWidth - MARGIN, y + CELL.height / 2 + FONT / 2 - 2, row.label, {
        "font-size": FONT,
        "text-anchor": "end",
        fill: "#1e293b",
      });
      const cells = heatmap.cells[rowIndex]
        .map((cell, columnIndex) => {
          const x = rowLabelWidth + columnIndex * pitch;
          const colours = STATUS_COLOURS[cell.status];
          return element(
            "g",
            { class: `cell cell-${cell.status}` },
            tooltip(cell.title) +
              element("rect", { x, y, width: cellWidth, height: CELL.height, rx: 3, fill: colours.fill }) +
              text(x + cellWidth / 2, y + CELL.height / 2 + (FONT - 1) / 2 - 2, cell.text, {
                "font-size": FONT - 1,
                "text-anchor": "middle",
                fill: colours.ink,
              }),
          );
        })
        .join("");
      return label + cells;
    })
    .join("");
  const legend = renderLegend(MARGIN, headerHeight + gridHeight + 12);
  const titleId = `${id}-title`;
  return element(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      class: "diagram heatmap",
      id,
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: "img",
      "aria-labelledby": titleId,
      "font-family": DIAGRAM_FONT,
    },
    `<title id="${escapeHtml(titleId)}">${escapeHtml(title)}</title>${headers}${rows}${legend}`,
  );
}

function legendEntries(): { status: ServiceStatus; width: number }[] {
  return (Object.keys(STATUS_COLOURS) as ServiceStatus[]).map((status) => ({
    status,
    width: 16 + 6 + textWidth(STATUS_COLOURS[status].label, FONT - 1) + 18,
  }));
}

function legendSize(): number {
  return legendEntries().reduce((total, entry) => total + entry.width, 0);
}

function renderLegend(x0: number, y: number): string {
  let x = x0;
  return legendEntries()
    .map(({ status, width }) => {
      const colours = STATUS_COLOURS[status];
      const item =
        element("rect", {
          x,
          y,
          width: 16,
          height: 14,
          rx: 3,
          fill: colours.fill,
          stroke: "#94a3b8",
          "stroke-width": 0.5,
        }) + text(x + 22, y + 11, colours.label, { "font-size": FONT - 1, fill: "#334155" });
      x += width;
      return item;
    })
    .join("");
}
