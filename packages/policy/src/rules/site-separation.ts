import type { SiteSpec } from "../schema/policy";
import { failureDomain, type Separation } from "../topology";
import type { Rule, Violation } from "./rule";

export const siteSeparation: Rule = {
  code: "site-separation",
  why:
    "Two sites in one failure domain fail together: the loss of that zone, region or provider takes out the " +
    "service and its standby at once, so the second site protects nothing.",
  fix: "move one of the sites to another zone, region or provider, or lower the tier's siteSeparation",
  check: ({ policy }) =>
    Object.entries(policy.services).flatMap(([id, service]) => {
      const tier = policy.tiers[service.tier];
      if (!tier) return [];
      const found: Violation[] = [];
      service.sites.forEach((later, index) => {
        const laterSite = policy.sites[later];
        if (!laterSite) return;
        const earlier = service.sites
          .slice(0, index)
          .find(
            (other) =>
              other !== later &&
              policy.sites[other] &&
              shareDomain(policy.sites[other], laterSite, tier.siteSeparation, other, later),
          );
        if (earlier === undefined) return;
        const domain = sharedDomainName(earlier, policy.sites[earlier], later, laterSite, tier.siteSeparation);
        found.push({
          path: `services.${id}.sites[${index}]`,
          message:
            `service ${id}: tier "${service.tier}" must separate its sites by ${tier.siteSeparation}, ` +
            `but ${earlier} and ${later} are both in ${domain}`,
          hint: `move ${later} to another ${tier.siteSeparation} than ${earlier}, or lower tiers.${service.tier}.siteSeparation`,
        });
      });
      return found;
    }),
};

/**
 * At zone level, two sites of one region share a domain when their zones are equal or either has no zone (a
 * region-wide site may be in any zone of it). At region and provider level, the failure domains are compared.
 */
function shareDomain(a: SiteSpec, b: SiteSpec, separation: Separation, aId: string, bId: string): boolean {
  if (separation !== "zone") return failureDomain(aId, a, separation) === failureDomain(bId, b, separation);
  if (failureDomain(aId, a, "region") !== failureDomain(bId, b, "region")) return false;
  return a.zone === undefined || b.zone === undefined || a.zone === b.zone;
}

function sharedDomainName(aId: string, a: SiteSpec, bId: string, b: SiteSpec, separation: Separation): string {
  if (separation === "provider") return `provider ${a.provider}`;
  const region = failureDomain(aId, a, "region");
  if (separation === "region" || a.zone === undefined || b.zone === undefined || a.zone !== b.zone) {
    const noZone = separation === "zone" ? " (a site without a zone covers the whole region)" : "";
    return `region ${region}${noZone}`;
  }
  return `zone ${failureDomain(bId, b, "zone")}`;
}
