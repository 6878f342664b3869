import type { JsonValue } from "../runner/protocol";
import type { ChangeOp, ChangeSet, ResourceChange } from "./change-set";
import type { PropertyChange } from "./input-diff";

/** Colours for a terminal; structurally the CLI's `Style`. Every method returns the text unchanged without colour. */
export interface Paint {
  green(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const plain: Paint = {
  green: (text) => text,
  red: (text) => text,
  yellow: (text) => text,
  cyan: (text) => text,
  bold: (text) => text,
  dim: (text) => text,
};

const SYMBOL: Record<ChangeOp, string> = { create: "+", update: "~", replace: "+-", delete: "-" };
const MAX_VALUE = 100;

/** One line: `3 to update, 1 to create, 1 to delete, 40 unchanged`. */
export function changeSummaryLine(set: ChangeSet): string {
  const parts: string[] = [];
  const { summary } = set;
  if (summary.create > 0) parts.push(`${summary.create} to create`);
  if (summary.update > 0) parts.push(`${summary.update} to update`);
  if (summary.replace > 0) parts.push(`${summary.replace} to replace`);
  if (summary.delete > 0) parts.push(`${summary.delete} to delete`);
  parts.push(`${summary.same} unchanged`);
  return parts.join(", ");
}

/** The change set as text, like `pulumi preview --diff`: one block per resource, each changed input `old → new`. */
export function renderChangeSetText(set: ChangeSet, paint: Paint = plain): string {
  const lines = [
    paint.bold(`Evacuation of ${set.evacuate}`) +
      ` (stack ${set.stack}, ${set.engine === "pulumi" ? "pulumi preview" : "offline, mocks"}): ${changeSummaryLine(set)}`,
  ];
  if (set.changes.length === 0)
    lines.push("  no resource changes: nothing runs on this site or the program ignores relais:evacuate");
  for (const change of set.changes) {
    const colour = opColour(change.op, paint);
    lines.push(`  ${colour(`${SYMBOL[change.op]} ${change.op.padEnd(7)}`)} ${change.type}  ${paint.bold(change.name)}`);
    for (const diff of change.diffs) lines.push(`      ${diff.path}: ${renderDiff(diff, paint)}`);
    if (change.op === "create" && change.inputs) {
      for (const [key, value] of Object.entries(change.inputs))
        lines.push(paint.dim(`      ${key}: ${renderValue(value)}`));
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The change set as Markdown: a summary line and one table row per resource. */
export function renderChangeSetMarkdown(set: ChangeSet): string {
  const engine = set.engine === "pulumi" ? "pulumi preview" : "offline, mocks";
  const lines = [
    `## Evacuation of ${set.evacuate}: resource changes`,
    "",
    `Stack \`${set.stack}\` (${engine}): ${changeSummaryLine(set)}.`,
    "",
  ];
  if (set.changes.length === 0) {
    lines.push("No resource changes.");
    return `${lines.join("\n")}\n`;
  }
  lines.push("| op | resource | type | changes |", "|---|---|---|---|");
  for (const change of set.changes) {
    lines.push(`| ${change.op} | \`${change.name}\` | \`${change.type}\` | ${markdownDiffs(change)} |`);
  }
  return `${lines.join("\n")}\n`;
}

function markdownDiffs(change: ResourceChange): string {
  if (change.diffs.length === 0) return "";
  return change.diffs
    .map((diff) => `\`${escapeCell(diff.path)}\`: ${codeOrNone(diff.old)} → ${codeOrNone(diff.new)}`)
    .join("<br>");
}

function codeOrNone(value: JsonValue | undefined): string {
  return value === undefined ? "(none)" : `\`${escapeCell(renderValue(value))}\``;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

function renderDiff(diff: PropertyChange, paint: Paint): string {
  const old = diff.old === undefined ? "(none)" : renderValue(diff.old);
  const next = diff.new === undefined ? "(none)" : renderValue(diff.new);
  return `${paint.red(old)} → ${paint.green(next)}`;
}

/** JSON, shortened past 100 characters. */
export function renderValue(value: JsonValue): string {
  const text = JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function opColour(op: ChangeOp, paint: Paint): (text: string) => string {
  return op === "create" ? paint.green : op === "delete" ? paint.red : op === "replace" ? paint.cyan : paint.yellow;
}
