/**
 * `relais preview --explain SERVICE`: each term of the estimate with its value, formula and policy path —
 * `detection 30s = interval 10s × failureThreshold 3 (services.payments-api.traffic.healthCheck)`.
 */
import { formatDuration } from "@relais/policy";
import type { Explanation } from "@relais/simulate";
import type { Style } from "../output";
import { statusLabel } from "./preview-layout";
import { cell, table } from "./preview-markdown";
import { forMarkdown, forTerminal } from "./sanitize";

/** One term, as the issue writes it. */
export function termLine(term: Explanation["terms"][number]): string {
  return `${term.term} ${formatDuration(term.seconds)} = ${term.formula} (${term.source})`;
}

function estimate(value: number | null, missing: string): string {
  return value === null ? missing : formatDuration(value);
}

/**
 * The explanations as text: a block per scenario. The terms are shown when there is something to add up: not for a
 * down service (no estimate) nor for one the scenario leaves at 0.
 */
export function renderExplanationsText(unsafe: readonly Explanation[], style: Style): string {
  const explanations = forTerminal(unsafe);
  const blocks = explanations.map((explanation) => {
    const { rto, rpo } = explanation;
    const lines = [
      `${style.bold(`${explanation.service} in ${explanation.scenario}`)}: ${statusLabel(explanation.status, style)}` +
        (explanation.failoverSite ? ` → ${explanation.failoverSite}` : ""),
      `  ${explanation.summary}`,
    ];
    if (rto.estimate === null) {
      lines.push(
        `  RTO none: the service is down, so tier target ${formatDuration(rto.target)} (${rto.source}) is missed`,
      );
    } else {
      if (rto.estimate > 0 || explanation.failoverSite !== null)
        lines.push(...explanation.terms.map((term) => `  ${termLine(term)}`));
      lines.push(
        `  RTO ${formatDuration(rto.estimate)} ${rto.estimate <= rto.target ? "≤" : ">"} target ${formatDuration(rto.target)} (${rto.source})`,
        `  RPO ${estimate(rpo.estimate, "unknown")} = ${rpo.formula} (${rpo.source}); target ${formatDuration(rpo.target)}`,
      );
    }
    lines.push(...explanation.reasons.map((reason) => `  ${style.dim("reason:")} ${reason}`));
    return lines.join("\n");
  });
  return `${blocks.join("\n\n")}\n`;
}

/** The explanations as Markdown: a table of terms per scenario. */
export function renderExplanationsMarkdown(unsafe: readonly Explanation[]): string {
  const explanations = forMarkdown(unsafe);
  const sections = explanations.map((explanation) => {
    const { rto, rpo } = explanation;
    const rows = [
      ...explanation.terms.map((term) => [term.term, formatDuration(term.seconds), term.formula, `\`${term.source}\``]),
      ["**RTO**", estimate(rto.estimate, "down"), `target ${formatDuration(rto.target)}`, `\`${rto.source}\``],
      [
        "**RPO**",
        estimate(rpo.estimate, "unknown"),
        `${rpo.formula}; target ${formatDuration(rpo.target)}`,
        `\`${rpo.source}\``,
      ],
    ];
    const reasons = explanation.reasons.map((reason) => `- ${cell(reason)}`).join("\n");
    return [
      `## \`${explanation.service}\` in \`${explanation.scenario}\`: ${explanation.status}`,
      cell(explanation.summary),
      table(["Term", "Value", "Formula", "From"], rows),
      ...(reasons ? [reasons] : []),
    ].join("\n\n");
  });
  return `${sections.join("\n\n")}\n`;
}
