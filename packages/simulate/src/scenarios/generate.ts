/** The ad-hoc scenarios of `--site X`, on the generated scenarios of @relais/policy. */
import { type ContinuityPolicy, InputError, nearest, type ScenarioSpec, siteLoss } from "@relais/policy";

/**
 * The ad-hoc loss of one site (`relais preview --site X`), id `site-loss:X`. Throws an `InputError` naming the
 * nearest site id when the policy has no such site.
 */
export function siteLossScenario(policy: ContinuityPolicy, siteId: string): ScenarioSpec {
  if (!Object.hasOwn(policy.sites, siteId)) {
    const suggestion = nearest(siteId, Object.keys(policy.sites));
    throw new InputError(
      `policy ${policy.metadata.name} has no site "${siteId}"`,
      suggestion
        ? `did you mean ${suggestion}?`
        : `use one of the sites the policy declares: ${Object.keys(policy.sites).join(", ")}`,
    );
  }
  return siteLoss(siteId);
}
