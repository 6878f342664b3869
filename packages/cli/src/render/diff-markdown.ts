import { type ChangeKind, escapeMarkdown, type MatrixChange, markdownCode, type PolicyDiff } from "@relais/report";
import { forMarkdown } from "./sanitize";

const TITLES: Record<ChangeKind, string> = {
  loosened: "🔴 Loosened",
  tightened: "🟢 Tightened",
  neutral: "⚪ Neutral",
};

/** The review diff as Markdown, for a pull-request comment (GitHub and GitLab). */
export function renderDiffMarkdown(unsafeDiff: PolicyDiff, unsafeLabels: { before: string; after: string }): string {
  const [diff, labels] = [forMarkdown(unsafeDiff), forMarkdown(unsafeLabels)];
  const { summary } = diff;
  const lines = [
    `## Continuity policy review: ${escapeMarkdown(diff.after)}`,
    "",
    `${markdownCode(labels.before)} → ${markdownCode(labels.after)}`,
    "",
    diff.loosened
      ? `**🔴 This change loosens the plan.** ${summary.loosened} loosened, ${summary.tightened} tightened, ${summary.neutral} neutral; ${summary.worse} outcomes worse, ${summary.better} better.`
      : `**🟢 Nothing loosened.** ${summary.tightened} tightened, ${summary.neutral} neutral; ${summary.better} outcomes better.`,
    "",
  ];
  for (const kind of ["loosened", "tightened", "neutral"] as const) {
    const changes = diff.changes.filter((candidate) => candidate.kind === kind);
    if (changes.length === 0) continue;
    lines.push(`### ${TITLES[kind]} (${changes.length})`, "", "| Where | Change |", "| --- | --- |");
    for (const change of changes) lines.push(`| ${markdownCode(change.path)} | ${escapeMarkdown(change.reason)} |`);
    lines.push("");
  }
  if (diff.changes.length === 0) lines.push("No change in the policy.", "");
  if (diff.matrix.worse.length + diff.matrix.better.length > 0) {
    lines.push(
      "### Effect on the scenario matrix",
      "",
      "| | Scenario | Service or commitment | Before | After |",
      "| --- | --- | --- | --- | --- |",
    );
    for (const entry of diff.matrix.worse) lines.push(matrixRow("🔴 worse", entry));
    for (const entry of diff.matrix.better) lines.push(matrixRow("🟢 better", entry));
    lines.push("");
  }
  return lines.join("\n");
}

function matrixRow(label: string, entry: MatrixChange): string {
  return `| ${label} | ${markdownCode(entry.scenario)} | ${entry.subject} ${markdownCode(entry.id)} | ${entry.before} | ${entry.after} |`;
}
