/** `relais preview --format md`: the table view's content as Markdown, for tickets and pull requests. */
import type { Finding } from "@relais/policy";
import { allRecovered, type PreviewResult, type ScenarioResult } from "@relais/simulate";
import { plural } from "./findings";
import { clock, describeLost, listedServices, rpoCell, rtoCell, STATUS_SYMBOL } from "./preview-layout";
import type { PreviewView } from "./preview-table";
import { forMarkdown } from "./sanitize";

/** The whole preview as Markdown. */
export function renderPreviewMarkdown(unsafePreview: PreviewResult, unsafeView: PreviewView): string {
  const [preview, view] = [forMarkdown(unsafePreview), forMarkdown(unsafeView)];
  const sections = [`# Preview of ${preview.policy}`, `Source: \`${view.label}\``];
  if (view.findings.length > 0) sections.push(`## Policy findings\n\n${findingList(view.findings)}`);
  let detailed = preview.scenarios;
  if (view.matrix) {
    sections.push(matrix(preview));
    detailed = preview.scenarios.filter((scenario) => !allRecovered(scenario));
    sections.push(
      detailed.length === 0
        ? "Every scenario is all green: no details to show."
        : `Details of the ${plural(detailed.length, "scenario")} that are not all green follow.`,
    );
  }
  for (const scenario of detailed) sections.push(scenarioSection(scenario));
  const { scenarios, recovered, degraded, down, commitmentsBreached } = preview.summary;
  sections.push(
    `## Summary\n\n${plural(scenarios, "scenario")} · ${recovered} recovered · ${degraded} degraded · ${down} down · ` +
      `${plural(commitmentsBreached, "commitment")} breached (service results over every scenario)`,
  );
  return `${sections.join("\n\n")}\n`;
}

function matrix(preview: PreviewResult): string {
  const scenarios = preview.scenarios;
  const services = scenarios[0]?.services.map((service) => service.id) ?? [];
  const rows = [
    table(
      ["Service", ...scenarios.map((_, index) => String(index + 1))],
      [
        ...services.map((id, row) => [
          id,
          ...scenarios.map((scenario) => STATUS_SYMBOL[scenario.services[row].status]),
        ]),
        [
          "*commitments*",
          ...scenarios.map((scenario) => (scenario.commitments.some((commitment) => commitment.breached) ? "✘" : "·")),
        ],
      ],
    ),
    table(
      ["#", "Scenario", "Kind"],
      scenarios.map((scenario, index) => [String(index + 1), `\`${scenario.id}\``, scenario.kind]),
    ),
  ];
  const key = `${STATUS_SYMBOL.recovered} recovered · ${STATUS_SYMBOL.degraded} degraded · ${STATUS_SYMBOL.down} down · ${STATUS_SYMBOL.unaffected} unaffected; commitments ✘ breached`;
  return `## Matrix: ${plural(services.length, "service")} × ${plural(scenarios.length, "scenario")}\n\n${key}\n\n${rows.join("\n\n")}`;
}

function scenarioSection(scenario: ScenarioResult): string {
  const parts = [`## \`${scenario.id}\` (${scenario.kind})`, `Lost: ${describeLost(scenario)}`];
  const listed = listedServices(scenario);
  if (listed.length > 0) {
    parts.push(
      table(
        ["Service", "Status", "RTO / target", "RPO / target", "Failover", "Reasons"],
        listed.map((service) => [
          service.id,
          `${STATUS_SYMBOL[service.status]} ${service.status}`,
          rtoCell(service),
          rpoCell(service),
          service.failoverSite ?? "-",
          service.reasons.join("; "),
        ]),
      ),
    );
  }
  const quiet = scenario.services.length - listed.length;
  if (listed.length === 0) parts.push(`All ${plural(quiet, "service")} unaffected.`);
  else if (quiet > 0) parts.push(`${plural(quiet, "other service")} unaffected.`);
  const breached = scenario.commitments.filter((commitment) => commitment.breached);
  if (scenario.commitments.length > 0) {
    parts.push(
      breached.length === 0
        ? "**Commitments:** none breached."
        : `**Breached commitments**\n\n${breached.map((c) => `- ✘ \`${c.id}\`: ${cell(c.reasons.join("; "))}`).join("\n")}`,
    );
  }
  if (scenario.findings.length > 0) {
    const items = scenario.findings.map(
      (finding) => `- ${finding.severity === "error" ? "✘" : "⚠"} ${cell(finding.message)} (\`${finding.code}\`)`,
    );
    parts.push(`**Findings**\n\n${items.join("\n")}`);
  }
  parts.push(
    `**Runbook**\n\n${table(
      ["Time", "Owner", "Action"],
      scenario.runbook.map((step) => [clock(step.at), step.owner, step.action]),
    )}`,
  );
  return parts.join("\n\n");
}

function findingList(findings: readonly Finding[]): string {
  return findings
    .map(
      (finding) =>
        `- **${finding.severity}** \`${finding.code}\` at \`${finding.path}\`: ${cell(finding.message)} — ${cell(finding.hint)}`,
    )
    .join("\n");
}

/** A Markdown table; cells are escaped. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(header), `|${header.map(() => "---").join("|")}|`, ...rows.map(line)].join("\n");
}

/** Escapes what would break a table cell or start Markdown formatting by accident. */
export function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
