/** Pieces shared by the preview views: status symbols, times, durations and aligned columns. */
import { formatDuration } from "@relais/policy";
import type { ScenarioResult, ServiceResult, ServiceStatus } from "@relais/simulate";
import type { Style } from "../output";

/** One symbol per status, for tables and the matrix. */
export const STATUS_SYMBOL: Readonly<Record<ServiceStatus, string>> = {
  unaffected: "·",
  recovered: "✔",
  degraded: "▲",
  down: "✘",
};

/** The status symbol, coloured: green recovered, yellow degraded, red down, dim unaffected. */
export function statusSymbol(status: ServiceStatus, style: Style): string {
  return paint(status, STATUS_SYMBOL[status], style);
}

/** `✔ recovered`, coloured. */
export function statusLabel(status: ServiceStatus, style: Style): string {
  return paint(status, `${STATUS_SYMBOL[status]} ${status}`, style);
}

function paint(status: ServiceStatus, text: string, style: Style): string {
  switch (status) {
    case "recovered":
      return style.green(text);
    case "degraded":
      return style.yellow(text);
    case "down":
      return style.red(text);
    default:
      return style.dim(text);
  }
}

/** Seconds after the event as `T+mm:ss`, or `T+h:mm:ss` from one hour on. */
export function clock(seconds: number): string {
  const total = Math.round(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  const mmss = `${String(minutes).padStart(2, "0")}:${String(rest).padStart(2, "0")}`;
  return hours > 0 ? `T+${hours}:${mmss}` : `T+${mmss}`;
}

/** `5m30s / 15m`; `down / 15m` when there is no estimate. */
export function rtoCell(service: ServiceResult): string {
  return `${service.rto.estimate === null ? "down" : formatDuration(service.rto.estimate)} / ${formatDuration(service.rto.target)}`;
}

/** `30s / 1m`; `unknown / 1m` when the RPO cannot be estimated. */
export function rpoCell(service: ServiceResult): string {
  const estimate = service.rpo.estimate;
  const text = estimate === null ? (service.status === "down" ? "down" : "unknown") : formatDuration(estimate);
  return `${text} / ${formatDuration(service.rpo.target)}`;
}

/** The services worth a row: every impacted service, and unaffected ones that carry a reason. */
export function listedServices(scenario: ScenarioResult): ServiceResult[] {
  return scenario.services.filter((service) => service.status !== "unaffected" || service.reasons.length > 0);
}

/** What a scenario took out, in words: `sites gov-a, gov-b`, `supplier card-network`, `nothing`. */
export function describeLost(scenario: ScenarioResult): string {
  const parts: string[] = [];
  if (scenario.lost.sites.length > 0) parts.push(`sites ${scenario.lost.sites.join(", ")}`);
  if (scenario.lost.suppliers.length > 0) parts.push(`supplier ${scenario.lost.suppliers.join(", ")}`);
  return parts.length > 0 ? parts.join("; ") : "no site or supplier";
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matches the ANSI colour codes of `Style`
const ANSI = /\u001b\[[0-9;]*m/g;

/** The width a terminal shows for text, colour codes left out. */
export function visibleLength(text: string): number {
  return text.includes("\u001b") ? text.replace(ANSI, "").length : text.length;
}

/** Rows of cells as aligned lines, `gap` spaces between columns; the last column is not padded. */
export function alignColumns(rows: readonly (readonly string[])[], indent = "", gap = 2): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, visibleLength(cell));
    });
  }
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, column) =>
          column === row.length - 1 ? cell : cell + " ".repeat(widths[column] - visibleLength(cell) + gap),
        )
        .join("")
        .trimEnd(),
  );
}
