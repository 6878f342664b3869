/**
 * `relais preview` as text for a terminal: per scenario what was lost, the services it impacts (status, RTO and RPO
 * against targets, failover site, reasons), breached commitments, findings and the runbook. With `--all`, the
 * services × scenarios matrix first, then only the scenarios that are not all green.
 */
import type { Finding } from "@relais/policy";
import { allRecovered, type PreviewResult, type ScenarioResult, type ServiceStatus } from "@relais/simulate";
import type { Style } from "../output";
import { plural, renderFindings } from "./findings";
import {
  alignColumns,
  clock,
  describeLost,
  listedServices,
  rpoCell,
  rtoCell,
  STATUS_SYMBOL,
  statusLabel,
  statusSymbol,
} from "./preview-layout";
import { forTerminal } from "./sanitize";

export interface PreviewView {
  /** The `--all` layout: matrix first, details only for scenarios that are not all green. */
  matrix: boolean;
  /** Findings to print first (validation warnings, drift). */
  findings: readonly Finding[];
  /** What was previewed, such as the policy file. */
  label: string;
}

/** The whole preview as text. */
export function renderPreviewTable(unsafePreview: PreviewResult, unsafeView: PreviewView, style: Style): string {
  const [preview, view] = [forTerminal(unsafePreview), forTerminal(unsafeView)];
  const blocks: string[] = [style.bold(`Preview of ${preview.policy} (${view.label})`)];
  if (view.findings.length > 0) blocks.push(renderFindings(view.findings, style).trimEnd());
  let detailed = preview.scenarios;
  if (view.matrix) {
    blocks.push(renderMatrix(preview, style));
    detailed = preview.scenarios.filter((scenario) => !allRecovered(scenario));
    blocks.push(
      detailed.length === 0
        ? style.green("Every scenario is all green: no details to show.")
        : style.bold(`Details of the ${plural(detailed.length, "scenario")} that are not all green`),
    );
  }
  for (const scenario of detailed) blocks.push(renderScenario(scenario, style));
  blocks.push(renderSummary(preview, style));
  return `${blocks.join("\n\n")}\n`;
}

/** Services × scenarios, one status symbol per cell, scenarios numbered with a legend below. */
export function renderMatrix(preview: PreviewResult, style: Style): string {
  const scenarios = preview.scenarios;
  const services = scenarios[0]?.services.map((service) => service.id) ?? [];
  const labelWidth = Math.max("commitments".length, ...services.map((id) => id.length)) + 2;
  // A symbol is one visible character and a header cell is its number: pad by hand rather than measure 300k cells.
  const widths = scenarios.map((_, index) => String(index + 1).length);
  const row = (label: string, cells: string[], visible: (index: number) => number) =>
    `  ${label.padEnd(labelWidth)}${cells.map((cell, index) => cell + " ".repeat(widths[index] - visible(index) + 1)).join("")}`.trimEnd();
  const symbols = (Object.keys(STATUS_SYMBOL) as ServiceStatus[]).map((status) => [
    status,
    statusSymbol(status, style),
  ]);
  const painted = Object.fromEntries(symbols) as Record<ServiceStatus, string>;
  const one = () => 1;
  const lines = [
    row(
      "",
      scenarios.map((_, index) => String(index + 1)),
      (index) => widths[index],
    ),
    ...services.map((id, index) =>
      row(
        id,
        scenarios.map((scenario) => painted[scenario.services[index].status]),
        one,
      ),
    ),
    row(
      "commitments",
      scenarios.map((scenario) =>
        scenario.commitments.some((commitment) => commitment.breached) ? style.red("✘") : style.dim("·"),
      ),
      one,
    ),
  ];
  const legend = alignColumns(
    scenarios.map((scenario, index) => [String(index + 1), scenario.id, style.dim(scenario.kind)]),
    "  ",
  );
  const key = `${STATUS_SYMBOL.recovered} recovered  ${STATUS_SYMBOL.degraded} degraded  ${STATUS_SYMBOL.down} down  ${STATUS_SYMBOL.unaffected} unaffected; commitments ✘ breached`;
  return [
    style.bold(`Matrix: ${plural(services.length, "service")} × ${plural(scenarios.length, "scenario")}`),
    style.dim(key),
    ...lines,
    "",
    ...legend,
  ].join("\n");
}

/** One scenario: what was lost, the impacted services, commitments, findings and the runbook. */
export function renderScenario(scenario: ScenarioResult, style: Style): string {
  const lines = [
    `${style.bold(`━━ ${scenario.id}`)} ${style.dim(`(${scenario.kind})`)}`,
    `Lost: ${describeLost(scenario)}`,
  ];
  const listed = listedServices(scenario);
  const unaffected = scenario.services.filter((service) => service.status === "unaffected").length;
  const quiet = scenario.services.length - listed.length;
  if (listed.length > 0) {
    const header = ["SERVICE", "STATUS", "RTO / TARGET", "RPO / TARGET", "FAILOVER", "REASONS"].map((title) =>
      style.dim(title),
    );
    const rows = listed.map((service) => [
      service.id,
      statusLabel(service.status, style),
      rtoCell(service),
      rpoCell(service),
      service.failoverSite ?? "-",
      service.reasons.join("; "),
    ]);
    lines.push(...alignColumns([header, ...rows], "  "));
  }
  if (listed.length === 0) lines.push(style.dim(`  all ${plural(unaffected, "service")} unaffected`));
  else if (quiet > 0) lines.push(style.dim(`  ${plural(quiet, "other service")} unaffected`));
  lines.push(...renderCommitments(scenario, style), ...renderScenarioFindings(scenario, style));
  lines.push(
    "Runbook:",
    ...alignColumns(
      scenario.runbook.map((step) => [clock(step.at), step.owner, step.action]),
      "  ",
    ),
  );
  return lines.join("\n");
}

function renderCommitments(scenario: ScenarioResult, style: Style): string[] {
  if (scenario.commitments.length === 0) return [];
  const breached = scenario.commitments.filter((commitment) => commitment.breached);
  if (breached.length === 0) return [`Commitments: ${style.green("none breached")}`];
  return [
    `Commitments: ${style.red(`${plural(breached.length, "breached commitment")}`)}`,
    ...breached.map((commitment) => `  ${style.red("✘")} ${commitment.id}: ${commitment.reasons.join("; ")}`),
  ];
}

function renderScenarioFindings(scenario: ScenarioResult, style: Style): string[] {
  if (scenario.findings.length === 0) return [];
  return [
    "Findings:",
    ...scenario.findings.map((finding) => {
      const mark = finding.severity === "error" ? style.red("✘") : style.yellow("⚠");
      return `  ${mark} ${finding.message} ${style.dim(`[${finding.code}]`)}`;
    }),
  ];
}

/** The last line: counts over every scenario. */
export function renderSummary(preview: PreviewResult, style: Style): string {
  const { scenarios, recovered, degraded, down, commitmentsBreached } = preview.summary;
  const parts = [
    plural(scenarios, "scenario"),
    style.green(`${recovered} recovered`),
    (degraded > 0 ? style.yellow : style.dim)(`${degraded} degraded`),
    (down > 0 ? style.red : style.dim)(`${down} down`),
    (commitmentsBreached > 0 ? style.red : style.dim)(`${plural(commitmentsBreached, "commitment")} breached`),
  ];
  return `${style.bold("Summary:")} ${parts.join(" · ")} ${style.dim("(service results over every scenario)")}`;
}
