/**
 * Every people and staffing judgement of Relais, in one place: the rules, the preview and the plan document all
 * call these, so they can never disagree. Percentages compare exactly, in whole basis points (1% = 100), never as
 * binary floats: 1 − 0.8 is 0.19999999999999996, which must not count as below a 20% minimum.
 */
import type { ContinuityPolicy } from "../schema/policy";

/** A fraction in whole basis points: 0.45 → 4500. Percentages with more than two decimals round to the nearest. */
export function basisPoints(fraction: number): number {
  return Math.round(fraction * 10_000);
}

/** Whole people at a share of the staff, rounded down (`remote`) or up (`minimum`), exactly. */
export function staffAt(fraction: number, staff: number, round: "down" | "up"): number {
  const scaled = basisPoints(fraction) * staff;
  return round === "down" ? Math.floor(scaled / 10_000) : Math.ceil(scaled / 10_000);
}

/** What working remotely from lost offices asks of people: their staff, and whether the capacity holds it. */
export interface RemoteNeed {
  /** Staff of the offices, summed. */
  staff: number;
  /** `people.staff`. */
  total: number;
  /** The offices' share of staff, as a fraction rounded to a hundredth of a percent (for display only). */
  share: number;
  /** `people.remoteWork.capacity`, 0 when remote work is not declared. */
  capacity: number;
  /** True when the summed share is above the capacity. */
  exceedsCapacity: boolean;
}

/** The remote-work need of the given offices, or `undefined` without a `people` section. */
export function remoteNeed(policy: ContinuityPolicy, offices: readonly string[]): RemoteNeed | undefined {
  const people = policy.people;
  if (!people) return undefined;
  const staff = offices.reduce((sum, id) => sum + (policy.sites[id]?.staff ?? 0), 0);
  const capacity = people.remoteWork?.capacity ?? 0;
  // staff / total > capacity, in integers: staff × 10 000 > capacity(bp) × total.
  const exceedsCapacity = staff * 10_000 > basisPoints(capacity) * people.staff;
  return { staff, total: people.staff, share: Number((staff / people.staff).toFixed(4)), capacity, exceedsCapacity };
}

/** The offices among lost sites, in the order given: the places whose staff must then work remotely. */
export function lostOffices(policy: ContinuityPolicy, lostSites: readonly string[]): string[] {
  return lostSites.filter((id) => policy.sites[id]?.provider === "office");
}

/** True when a disruption of `duration` seconds outlasts the remote work proven (`sustainFor`, 0 when undeclared). */
export function remoteDurationExceeded(policy: ContinuityPolicy, duration: number | undefined): boolean {
  return duration !== undefined && duration > (policy.people?.remoteWork?.sustainFor ?? 0);
}

/** The staffing left when `absent` of staff is away, and whether it is below `people.minimumStaffing`. */
export interface Staffing {
  present: number;
  minimum: number;
  belowMinimum: boolean;
}

/** The staffing judgement of a staff-unavailability scenario, or `undefined` when no minimum is declared. */
export function staffing(policy: ContinuityPolicy, absent: number): Staffing | undefined {
  const minimum = policy.people?.minimumStaffing;
  if (minimum === undefined) return undefined;
  const presentBp = 10_000 - basisPoints(absent);
  return { present: presentBp / 10_000, minimum, belowMinimum: presentBp < basisPoints(minimum) };
}
