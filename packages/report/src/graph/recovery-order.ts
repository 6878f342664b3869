import type { ContinuityPolicy } from "@relais/policy";
import { tierRanks } from "./tiers";

/** One service in the order of recovery. */
export interface RecoveryStep {
  /** 1 for services that wait on no other service; n for those whose hard dependencies are all in earlier waves. */
  wave: number;
  service: string;
  /** The hard service dependencies that must be back first. */
  after: string[];
  /** True when the service sits in a dependency loop (an invalid policy): its wave is a best effort. */
  inCycle: boolean;
}

/**
 * The order of recovery: hard service dependencies first (a service cannot come back before what it needs), then
 * the strictest tier first, then policy order. Soft dependencies do not constrain the order.
 */
export function recoveryOrder(policy: ContinuityPolicy): RecoveryStep[] {
  const ids = Object.keys(policy.services);
  const ranks = tierRanks(policy);
  const needs = new Map(
    ids.map((id) => [
      id,
      policy.services[id].dependsOn
        .filter((dependency) => dependency.kind === "service" && dependency.hard && policy.services[dependency.id])
        .map((dependency) => dependency.id),
    ]),
  );
  const wave = new Map<string, number>();
  let current = 0;
  while (wave.size < ids.length) {
    current += 1;
    const ready = ids.filter(
      (id) => !wave.has(id) && (needs.get(id) ?? []).every((other) => (wave.get(other) ?? current) < current),
    );
    if (ready.length === 0) break;
    for (const id of ready) wave.set(id, current);
  }
  const cyclic = ids.filter((id) => !wave.has(id));
  for (const id of cyclic) wave.set(id, current);
  const cycle = new Set(cyclic);
  return ids
    .map((id) => ({ wave: wave.get(id) ?? current, service: id, after: needs.get(id) ?? [], inCycle: cycle.has(id) }))
    .sort(
      (a, b) =>
        a.wave - b.wave ||
        (ranks.get(policy.services[a.service].tier) ?? 0) - (ranks.get(policy.services[b.service].tier) ?? 0) ||
        ids.indexOf(a.service) - ids.indexOf(b.service),
    );
}
