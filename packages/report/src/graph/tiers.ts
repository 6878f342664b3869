import type { ContinuityPolicy } from "@relais/policy";

/**
 * Ranks the tiers from the strictest (0) to the loosest, by RTO, then RPO, then MTPD, then declaration order.
 * The strictest tier is the one whose services recover first and whose loss matters most.
 */
export function tierRanks(policy: ContinuityPolicy): Map<string, number> {
  const ids = Object.keys(policy.tiers);
  const order = [...ids].sort((a, b) => {
    const x = policy.tiers[a];
    const y = policy.tiers[b];
    return x.rto - y.rto || x.rpo - y.rpo || x.mtpd - y.mtpd || ids.indexOf(a) - ids.indexOf(b);
  });
  return new Map(order.map((id, rank) => [id, rank]));
}

/** The tier ids from the strictest to the loosest. */
export function tiersByStrictness(policy: ContinuityPolicy): string[] {
  const ranks = tierRanks(policy);
  return [...ranks.keys()].sort((a, b) => (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0));
}
