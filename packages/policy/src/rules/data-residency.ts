import { residencyGap } from "../data-residency";
import type { Rule } from "./rule";

export const dataResidency: Rule = {
  code: "data-residency",
  why:
    "Sovereignty is a constraint, not a label: failing over restricted data to a site that may not hold it breaks " +
    "the law or a qualification (such as SecNumCloud) at the worst moment.",
  fix: "place the service only on sites allowed for its data class, or change its dataClass",
  check: ({ policy }) =>
    Object.entries(policy.services).flatMap(([id, service]) =>
      service.sites.flatMap((siteId, index) => {
        const site = policy.sites[siteId];
        if (!site) return [];
        const gap = residencyGap(policy, site, service.dataClass);
        if (!gap) return [];
        const problems: string[] = [];
        if (gap.jurisdictions) {
          problems.push(
            `is in ${site.jurisdiction}, outside the allowed jurisdictions (${gap.jurisdictions.join(", ")})`,
          );
        }
        if (gap.lacking.length > 0)
          problems.push(`lacks the qualification${gap.lacking.length > 1 ? "s" : ""} ${gap.lacking.join(", ")}`);
        return [
          {
            path: `services.${id}.sites[${index}]`,
            message: `service ${id} holds ${service.dataClass} data, but site ${siteId} ${problems.join(" and ")}`,
            hint: `place ${id} on sites allowed for ${service.dataClass} data (sovereignty.${service.dataClass}), or change its dataClass`,
          },
        ];
      }),
    ),
};
