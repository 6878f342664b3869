import type { PolicyResource } from "@pulumi/policy";

/** The type token of the component that holds the stack's acknowledged risks. */
export const CONTINUITY_PLAN_TYPE = "relais:aws:ContinuityPlan";

/** A risk the stack acknowledged in `acceptRisks` on its `ContinuityPlan`. */
export interface AcknowledgedRisk {
  site: string;
  capability: string;
  reason: string;
  /** URN of the `ContinuityPlan` that acknowledges it. */
  urn: string;
}

/**
 * The risks acknowledged by the stack's `ContinuityPlan`s: their `acceptedRisks` output, which is also the
 * manifest's `acceptedRisks`.
 */
export function acknowledgedRisks(resources: readonly PolicyResource[]): AcknowledgedRisk[] {
  const risks: AcknowledgedRisk[] = [];
  for (const resource of resources) {
    if (resource.type !== CONTINUITY_PLAN_TYPE) continue;
    const list = resource.props.acceptedRisks;
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      if (!entry || typeof entry !== "object") continue;
      const { site, capability, reason } = entry as Record<string, unknown>;
      if (typeof site === "string" && typeof capability === "string") {
        risks.push({ site, capability, reason: typeof reason === "string" ? reason : "", urn: resource.urn });
      }
    }
  }
  return risks;
}

/** Whether a site's risk is acknowledged. */
export function isAcknowledged(risks: readonly AcknowledgedRisk[], site: string, capability: string): boolean {
  return risks.some((risk) => risk.site === site && risk.capability === capability);
}
