/** Percentages in the policy are strings like `40%` or `99.95%`; the normalised model holds fractions. */

const PERCENTAGE = /^(\d{1,3}(?:\.\d+)?)%$/;

/** A regular expression matching every accepted percentage string (used in the JSON Schema). */
export const PERCENTAGE_PATTERN = "^\\d{1,3}(\\.\\d+)?%$";

/** Parses `40%` into 0.4; `undefined` when the text is not a percentage between 0% and 100%. */
export function parsePercentage(text: string): number | undefined {
  const match = PERCENTAGE.exec(text.trim());
  if (!match) return undefined;
  const value = Number(match[1]);
  return value <= 100 ? value / 100 : undefined;
}

/** Formats a fraction as a percentage without floating-point noise: 0.4 → `40%`, 0.9995 → `99.95%`. */
export function formatPercentage(fraction: number): string {
  return `${Number((fraction * 100).toFixed(4))}%`;
}
