import type { ServiceStatus } from "@relais/simulate";

/** One cell of the heat map: a service in a scenario. */
export interface HeatCell {
  status: ServiceStatus;
  /** Short text in the cell, such as `5m30s` or `down`. */
  text: string;
  /** The full explanation, shown as a tooltip. */
  title: string;
}

/**
 * The scenario matrix as a grid: scenarios against services (or tiers, for large policies), whichever way round
 * keeps the grid taller than wide (a page is portrait); `cells[row][column]`.
 */
export interface Heatmap {
  /** What the rows are, for the corner of a table: `Scenario`, `Service`. */
  corner: string;
  rows: readonly { id: string; label: string }[];
  columns: readonly { id: string; label: string }[];
  cells: readonly (readonly HeatCell[])[];
}
