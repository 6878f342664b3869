import type { ChangeKind, MatrixChange, PolicyDiff } from "@relais/report";
import type { Style } from "../output";
import { plural } from "./findings";
import { forTerminal } from "./sanitize";

const TITLES: Record<ChangeKind, string> = { loosened: "Loosened", tightened: "Tightened", neutral: "Neutral" };

/** The review diff for a terminal: changes grouped by kind (loosened first), then the matrix effect, then a verdict. */
export function renderDiffText(
  unsafeDiff: PolicyDiff,
  unsafeLabels: { before: string; after: string },
  style: Style,
): string {
  const [diff, labels] = [forTerminal(unsafeDiff), forTerminal(unsafeLabels)];
  const paint: Record<ChangeKind, (text: string) => string> = {
    loosened: (text) => style.red(text),
    tightened: (text) => style.green(text),
    neutral: (text) => style.dim(text),
  };
  const lines = [style.bold(`relais diff ${labels.before} → ${labels.after}`), ""];
  for (const kind of ["loosened", "tightened", "neutral"] as const) {
    const changes = diff.changes.filter((candidate) => candidate.kind === kind);
    if (changes.length === 0) continue;
    lines.push(paint[kind](style.bold(`${TITLES[kind]} (${changes.length})`)));
    for (const change of changes) lines.push(`  ${style.bold(change.path)}  ${change.reason}`);
    lines.push("");
  }
  if (diff.changes.length === 0) lines.push("No change in the policy.", "");
  if (diff.matrix.worse.length + diff.matrix.better.length > 0) {
    lines.push(style.bold("Effect on the scenario matrix (--all)"));
    for (const entry of diff.matrix.worse) lines.push(`  ${style.red("worse ")}  ${matrixLine(entry)}`);
    for (const entry of diff.matrix.better) lines.push(`  ${style.green("better")}  ${matrixLine(entry)}`);
    lines.push("");
  }
  const { summary } = diff;
  const counts = `${summary.loosened} loosened, ${summary.tightened} tightened, ${summary.neutral} neutral; ${plural(summary.worse, "outcome")} worse, ${summary.better} better`;
  lines.push(
    diff.loosened
      ? style.red(`✘ the change loosens the plan: ${counts}`)
      : style.green(`✔ nothing loosened: ${counts}`),
  );
  return lines.join("\n");
}

function matrixLine(entry: MatrixChange): string {
  return `${entry.scenario}: ${entry.subject} ${entry.id} ${entry.before} → ${entry.after}`;
}
