import type { SiteRole } from "@relais/policy";

/** The role a resource plays for its service (docs/components.md): its site's role, or `shared` by the plan. */
export type TagRole = SiteRole | "shared";

/** What every taggable child carries; `relais check` and the policy pack find resources by these tags. */
export interface TagContext {
  policy: string;
  /** Service id, or `-` for resources shared by the plan (crisis cell, resiliency policies). */
  service: string;
  /** Tier id, or `-` when the resource serves no single tier. */
  tier: string;
  site: string;
  role: TagRole;
}

/** The `relais:*` tags of a resource, plus any extra ones (extras never override the relais tags). */
export function relaisTags(context: TagContext, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...extra,
    "relais:policy": context.policy,
    "relais:service": context.service,
    "relais:tier": context.tier,
    "relais:site": context.site,
    "relais:role": context.role,
  };
}

/** Auto Scaling group tags, propagated to the instances the group launches. */
export function propagatedTags(
  tags: Record<string, string>,
): Array<{ key: string; value: string; propagateAtLaunch: boolean }> {
  return Object.entries(tags).map(([key, value]) => ({ key, value, propagateAtLaunch: true }));
}
