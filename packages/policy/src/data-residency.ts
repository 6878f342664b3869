import { jurisdictionAllowed } from "./jurisdictions";
import type { ContinuityPolicy, DataClassName, SiteSpec } from "./schema/policy";
import { DataClass } from "./schema/services";

/** Why a site may not hold a data class under the policy's `sovereignty` rule for it. */
export interface ResidencyGap {
  /** The allowed jurisdictions, when the site's is not one of them; null when its jurisdiction is allowed. */
  jurisdictions: readonly string[] | null;
  /** The qualifications the rule requires that the site lacks, in the rule's order. */
  lacking: string[];
}

/**
 * What keeps `site` from holding `dataClass` data: null when it may (the class has no rule, or the site is in an
 * allowed jurisdiction, `EU` meaning any member state, and has every required qualification).
 */
export function residencyGap(
  policy: Pick<ContinuityPolicy, "sovereignty">,
  site: Pick<SiteSpec, "jurisdiction" | "qualifications">,
  dataClass: DataClassName,
): ResidencyGap | null {
  const rule = policy.sovereignty[dataClass];
  if (!rule) return null;
  const jurisdictions = jurisdictionAllowed(site.jurisdiction, rule.jurisdictions) ? null : rule.jurisdictions;
  const lacking = rule.qualifications.filter((qualification) => !site.qualifications.includes(qualification));
  return jurisdictions === null && lacking.length === 0 ? null : { jurisdictions, lacking };
}

/** The data classes a site may hold, in the order of the classes (public to restricted). */
export function allowedDataClasses(
  policy: Pick<ContinuityPolicy, "sovereignty">,
  site: Pick<SiteSpec, "jurisdiction" | "qualifications">,
): DataClassName[] {
  return DataClass.options.filter((dataClass) => residencyGap(policy, site, dataClass) === null);
}
