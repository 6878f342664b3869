import { formatDuration, formatPercentage } from "@relais/policy";
import type { ChangeKind, PolicyChange } from "./change";

/** Builds a change. */
export function change(kind: ChangeKind, path: string, reason: string, before?: string, after?: string): PolicyChange {
  return { kind, path, reason, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) };
}

type Format = (value: number) => string;
export const asDuration: Format = formatDuration;
export const asPercentage: Format = formatPercentage;
export const asNumber: Format = (value) => String(value);

export interface NumberRule {
  /** What the number is, in a sentence: `RTO`, `health-check interval`. */
  label: string;
  /** What a higher value means for risk. */
  higher: ChangeKind;
  format: Format;
  /** The kind when the value disappears (default: the kind of `higher` for a limit that vanishes: loosened). */
  removed?: ChangeKind;
  /** The kind when a value appears. */
  added?: ChangeKind;
}

/** Compares an optional number; no change when equal. */
export function compareNumber(
  path: string,
  before: number | undefined,
  after: number | undefined,
  rule: NumberRule,
): PolicyChange[] {
  if (before === after) return [];
  if (before === undefined && after !== undefined) {
    return [
      change(
        rule.added ?? "tightened",
        path,
        `${rule.label} set to ${rule.format(after)}`,
        undefined,
        rule.format(after),
      ),
    ];
  }
  if (before !== undefined && after === undefined) {
    return [
      change(
        rule.removed ?? "loosened",
        path,
        `${rule.label} removed (was ${rule.format(before)})`,
        rule.format(before),
      ),
    ];
  }
  const higher = (after as number) > (before as number);
  const kind: ChangeKind = higher ? rule.higher : opposite(rule.higher);
  const verb = higher ? "raised" : "lowered";
  return [
    change(
      kind,
      path,
      `${rule.label} ${verb} from ${rule.format(before as number)} to ${rule.format(after as number)}`,
      rule.format(before as number),
      rule.format(after as number),
    ),
  ];
}

/** Compares a value against an order from the strongest to the weakest: moving later is `loosened`. */
export function compareRank<T extends string>(
  path: string,
  label: string,
  order: readonly T[],
  before: T,
  after: T,
  words: { later: string; earlier: string },
): PolicyChange[] {
  if (before === after) return [];
  const later = order.indexOf(after) > order.indexOf(before);
  return [
    change(
      later ? "loosened" : "tightened",
      path,
      `${label} ${later ? words.later : words.earlier}: ${before} → ${after}`,
      before,
      after,
    ),
  ];
}

/** Compares a list of ids or words item by item: one change per item removed or added. */
export function compareSet(
  path: string,
  noun: string,
  before: readonly string[],
  after: readonly string[],
  kinds: { removed: ChangeKind; added: ChangeKind },
  why: { removed?: string; added?: string } = {},
): PolicyChange[] {
  const removed = before.filter((item) => !after.includes(item));
  const added = after.filter((item) => !before.includes(item));
  return [
    ...removed.map((item) =>
      change(kinds.removed, path, `${noun} ${item} removed${why.removed ? `: ${why.removed}` : ""}`, item),
    ),
    ...added.map((item) =>
      change(kinds.added, path, `${noun} ${item} added${why.added ? `: ${why.added}` : ""}`, undefined, item),
    ),
  ];
}

/** A change of free text or of a value with no risk order: neutral. */
export function compareText(
  path: string,
  label: string,
  before: string | undefined,
  after: string | undefined,
): PolicyChange[] {
  if (before === after) return [];
  if (before === undefined) return [change("neutral", path, `${label} set to "${after}"`, undefined, after)];
  if (after === undefined) return [change("neutral", path, `${label} removed (was "${before}")`, before)];
  return [change("neutral", path, `${label} changed from "${before}" to "${after}"`, before, after)];
}

/** Keys of two records: removed (old only), added (new only) and kept (both), each in its record's order. */
export function matchKeys<T>(
  before: Record<string, T>,
  after: Record<string, T>,
): { removed: string[]; added: string[]; kept: string[] } {
  return {
    removed: Object.keys(before).filter((key) => !(key in after)),
    added: Object.keys(after).filter((key) => !(key in before)),
    kept: Object.keys(after).filter((key) => key in before),
  };
}

export function opposite(kind: ChangeKind): ChangeKind {
  return kind === "loosened" ? "tightened" : kind === "tightened" ? "loosened" : "neutral";
}
