import type { ContinuityPolicy, TierSpec } from "@relais/policy";
import { hasCapability } from "../capabilities";
import { isCloudProvider } from "../sites";

/** AWS Resilience Hub's tiers. */
export const RESILIENCE_HUB_TIERS = [
  "MissionCritical",
  "Critical",
  "Important",
  "CoreServices",
  "NonCritical",
] as const;
export type ResilienceHubTier = (typeof RESILIENCE_HUB_TIERS)[number];

/**
 * The Resilience Hub tier for a Relais tier, from its RTO: up to 15 minutes MissionCritical, up to 1 hour
 * Critical, up to 4 hours Important, up to 1 day CoreServices, beyond NonCritical.
 */
export function resilienceTier(tier: Pick<TierSpec, "rto">): ResilienceHubTier {
  if (tier.rto <= 15 * 60) return "MissionCritical";
  if (tier.rto <= 3600) return "Critical";
  if (tier.rto <= 4 * 3600) return "Important";
  if (tier.rto <= 86400) return "CoreServices";
  return "NonCritical";
}

/** Resilience Hub takes Go durations; whole seconds are exact. */
export function goDuration(seconds: number): string {
  return `${seconds}s`;
}

/** One Resilience Hub policy to create: a tier on one provider region (named after its first site). */
export interface ResiliencyPolicyPlan {
  tier: string;
  site: string;
  hubTier: ResilienceHubTier;
  rto: string;
  rpo: string;
}

/**
 * A policy per tier for each distinct region of the sites that offer Resilience Hub (AWS and the European
 * Sovereign Cloud), in policy order. Every failure scope (zone, hardware, software, region) carries the tier's
 * RTO and RPO, so assessments measure against the same objectives as `relais preview`.
 */
export function planResiliencyPolicies(
  policy: ContinuityPolicy,
  overrides: Readonly<Record<string, ResilienceHubTier>> = {},
): ResiliencyPolicyPlan[] {
  const seen = new Set<string>();
  const sites: string[] = [];
  for (const [id, site] of Object.entries(policy.sites)) {
    if (!isCloudProvider(site.provider) || !hasCapability(site.provider, "resiliencehub")) continue;
    const key = `${site.provider}/${site.region}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sites.push(id);
  }
  return sites.flatMap((site) =>
    Object.entries(policy.tiers).map(([tier, spec]) => ({
      tier,
      site,
      hubTier: overrides[tier] ?? resilienceTier(spec),
      rto: goDuration(spec.rto),
      rpo: goDuration(spec.rpo),
    })),
  );
}
