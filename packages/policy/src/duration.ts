/** Durations in the policy are strings with units; the normalised model holds seconds. */

const UNIT_SECONDS = { d: 86_400, h: 3_600, m: 60, s: 1 } as const;
const COMPACT = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;
const ISO_8601 = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** The forms a duration may take, shown in every message that refuses one. */
export const DURATION_FORMS = "90s, 15m, 4h, 2d, 1h30m or ISO 8601 such as PT15M or P2D";

/** A regular expression matching every accepted duration string (used in the JSON Schema). */
export const DURATION_PATTERN =
  "^(?=.)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$|^P(?=\\d|T\\d)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$";

/**
 * The longest duration a policy may hold: 100 years. Longer ones are typos (`P99999999D`) and would overflow date
 * arithmetic (`reviewedOn + reviewEvery`).
 */
export const MAX_DURATION_SECONDS = 100 * 365 * 86_400;

/** Parses `90s`, `15m`, `4h`, `2d`, `1h30m`, `PT15M` or `P2D` into seconds; `undefined` when the text is not one. */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const compact = COMPACT.exec(trimmed);
  const iso = compact ? undefined : ISO_8601.exec(trimmed);
  const parts = compact ?? iso;
  if (!parts || parts.slice(1).every((part) => part === undefined)) return undefined;
  const [days, hours, minutes, seconds] = parts.slice(1, 5).map((part) => (part === undefined ? 0 : Number(part)));
  const total = days * UNIT_SECONDS.d + hours * UNIT_SECONDS.h + minutes * UNIT_SECONDS.m + seconds * UNIT_SECONDS.s;
  return Number.isSafeInteger(total) ? total : undefined;
}

/** Formats seconds the way a person writes them: `0s`, `45s`, `5m30s`, `1h30m`, `2d`. */
export function formatDuration(totalSeconds: number): string {
  if (!Number.isFinite(totalSeconds)) return String(totalSeconds);
  if (totalSeconds === 0) return "0s";
  const sign = totalSeconds < 0 ? "-" : "";
  let rest = Math.round(Math.abs(totalSeconds));
  let text = "";
  for (const [unit, size] of Object.entries(UNIT_SECONDS)) {
    const count = Math.floor(rest / size);
    if (count > 0) {
      text += `${count}${unit}`;
      rest -= count * size;
    }
  }
  return sign + text;
}
