import type { ContinuityPolicy } from "./schema/policy";

/**
 * The strictest tiers of a policy: among the tiers that at least one service uses, those with the smallest `rto`
 * (several when they tie), in policy order. Empty when no service uses a declared tier.
 */
export function strictestTiers(policy: ContinuityPolicy): string[] {
  const used = new Set(Object.values(policy.services).map((service) => service.tier));
  const tiers = Object.entries(policy.tiers).filter(([id]) => used.has(id));
  if (tiers.length === 0) return [];
  const smallest = Math.min(...tiers.map(([, tier]) => tier.rto));
  return tiers.filter(([, tier]) => tier.rto === smallest).map(([id]) => id);
}
