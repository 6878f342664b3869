import { formatDuration, formatPercentage } from "@relais/policy";

/** A duration in seconds as people write it, or an em dash when it is not set. */
export function duration(seconds: number | undefined | null): string {
  return seconds === undefined || seconds === null ? "—" : formatDuration(seconds);
}

/** A fraction as a percentage, or an em dash when it is not set. */
export function percentage(fraction: number | undefined): string {
  return fraction === undefined ? "—" : formatPercentage(fraction);
}

/** A list of words joined with commas, or an em dash when it is empty. */
export function listOrDash(items: readonly string[]): string {
  return items.length === 0 ? "—" : items.join(", ");
}

/** `1 service`, `2 services`. */
export function count(value: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${value} ${value === 1 ? noun : pluralNoun}`;
}

/** `1st`, `2nd`, `3rd`, `4th`. */
export function ordinal(value: number): string {
  const tens = value % 100;
  if (tens >= 11 && tens <= 13) return `${value}th`;
  return `${value}${["th", "st", "nd", "rd"][value % 10] ?? "th"}`;
}

/** Sorts strings by code unit, the same way on every machine (no locale). */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
