/** The status of an impacted service that is not down: recovered within its tier's targets, or degraded. */
import { duration } from "../format";
import type { PreparedService } from "../model/prepare";
import type { ServiceStatus } from "../types";

/**
 * `recovered` when `rto ≤ tier.rto` and `rpo ≤ tier.rpo`, otherwise `degraded`; an unknown RPO (`data.mode: none`)
 * misses the target. Appends to `reasons` why a degraded service missed its targets.
 */
export function impactedStatus(
  service: PreparedService,
  rto: number,
  rpo: number | null,
  reasons: string[],
): ServiceStatus {
  const before = reasons.length;
  const tier = service.spec.tier;
  if (rto > service.rtoTarget) {
    reasons.push(`estimated RTO ${duration(rto)} exceeds tier ${tier} rto ${duration(service.rtoTarget)}`);
  }
  if (rpo === null) {
    reasons.push("data.mode none: the data written since the last copy is lost, so the RPO cannot be met");
  } else if (rpo > service.rpoTarget) {
    reasons.push(`estimated RPO ${duration(rpo)} exceeds tier ${tier} rpo ${duration(service.rpoTarget)}`);
  }
  return reasons.length === before ? "recovered" : "degraded";
}

/** Degrades an `unaffected` or `recovered` status; `degraded` and `down` stay as they are. */
export function degrade(status: ServiceStatus): ServiceStatus {
  return status === "unaffected" || status === "recovered" ? "degraded" : status;
}
