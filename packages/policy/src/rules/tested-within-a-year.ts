import { daysBetween } from "../date";

/** How long a rehearsal (an exit test, a restore test) stays evidence: 365 days. */
export const REHEARSAL_VALID_DAYS = 365;

/**
 * Why a rehearsal does not count: `never` without a date, `stale` when it is more than 365 days before today,
 * `undefined` when it counts (or when there is no today to compare with).
 */
export function rehearsalGap(testedOn: string | undefined, today: string | undefined): "never" | "stale" | undefined {
  if (testedOn === undefined) return "never";
  if (today === undefined) return undefined;
  return daysBetween(testedOn, today) > REHEARSAL_VALID_DAYS ? "stale" : undefined;
}
