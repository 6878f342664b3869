import type { ContinuityPolicy, StrategyName } from "@relais/policy";
import { hasCapability } from "../capabilities";
import { isCloudProvider } from "../sites";

/** Resilience Hub's disaster-recovery approaches, by Relais strategy. */
export const RECOVERY_APPROACH: Readonly<Record<StrategyName, string>> = {
  "active-active": "ACTIVE_ACTIVE",
  "warm-standby": "WARM_STANDBY",
  "pilot-light": "PILOT_LIGHT",
  "backup-restore": "BACKUP_AND_RESTORE",
};

/** The Resilience Hub policy of one service: where it lives and the objectives it carries. */
export interface ResiliencePolicyPlan {
  /** The first site of the service (policy order) that offers Resilience Hub: the policy lives in its region. */
  site: string;
  /** `multiRegion` when the service's cloud sites span regions, else `multiAz`. */
  scope: "multiRegion" | "multiAz";
  approach: string;
  rtoInMinutes: number;
  rpoInMinutes: number;
  /** The strictest availability among the service's commitments, in percent, if any. */
  availabilityPercent: number | null;
  /** Minutes between backups, for a `backup` data mode. */
  backupEveryMinutes: number | null;
}

/**
 * The Resilience Hub policy of a service from the same objectives Relais simulates: strategy → disaster-recovery
 * approach, the tier's RTO and RPO, commitments → availability SLO, the backup interval. Null when none of the
 * service's sites offers Resilience Hub (AWS, the European Sovereign Cloud): no policy is created there.
 */
export function planResiliencePolicy(policy: ContinuityPolicy, serviceId: string): ResiliencePolicyPlan | null {
  const service = policy.services[serviceId];
  const site = service.sites.find((id) => {
    const spec = policy.sites[id];
    return isCloudProvider(spec.provider) && hasCapability(spec.provider, "resiliencehub");
  });
  if (site === undefined) return null;
  const tier = policy.tiers[service.tier];
  const regions = new Set(
    service.sites
      .map((id) => policy.sites[id])
      .filter((spec) => isCloudProvider(spec.provider))
      .map((spec) => `${spec.provider}/${spec.region}`),
  );
  const availabilities = (service.commitments ?? [])
    .map((id) => policy.commitments[id]?.availability)
    .filter((value): value is number => value !== undefined);
  return {
    site,
    scope: regions.size > 1 ? "multiRegion" : "multiAz",
    approach: RECOVERY_APPROACH[service.strategy],
    rtoInMinutes: Math.ceil(tier.rto / 60),
    rpoInMinutes: Math.ceil(tier.rpo / 60),
    availabilityPercent: availabilities.length > 0 ? roundPercent(Math.max(...availabilities)) : null,
    backupEveryMinutes: service.data.mode === "backup" ? Math.ceil(service.data.every / 60) : null,
  };
}

/** A fraction as a percentage without floating-point noise (0.999 → 99.9). */
function roundPercent(fraction: number): number {
  return Math.round(fraction * 1e6) / 1e4;
}
