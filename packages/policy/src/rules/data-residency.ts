import { jurisdictionAllowed } from "../jurisdictions";
import type { Rule } from "./rule";

export const dataResidency: Rule = {
  code: "data-residency",
  why:
    "Sovereignty is a constraint, not a label: failing over restricted data to a site that may not hold it breaks " +
    "the law or a qualification (such as SecNumCloud) at the worst moment.",
  fix: "place the service only on sites allowed for its data class, or change its dataClass",
  check: ({ policy }) =>
    Object.entries(policy.services).flatMap(([id, service]) => {
      const rule = policy.sovereignty[service.dataClass];
      if (!rule) return [];
      return service.sites.flatMap((siteId, index) => {
        const site = policy.sites[siteId];
        if (!site) return [];
        const problems: string[] = [];
        if (!jurisdictionAllowed(site.jurisdiction, rule.jurisdictions)) {
          problems.push(
            `is in ${site.jurisdiction}, outside the allowed jurisdictions (${rule.jurisdictions.join(", ")})`,
          );
        }
        const lacking = rule.qualifications.filter((qualification) => !site.qualifications.includes(qualification));
        if (lacking.length > 0)
          problems.push(`lacks the qualification${lacking.length > 1 ? "s" : ""} ${lacking.join(", ")}`);
        if (problems.length === 0) return [];
        return [
          {
            path: `services.${id}.sites[${index}]`,
            message: `service ${id} holds ${service.dataClass} data, but site ${siteId} ${problems.join(" and ")}`,
            hint: `place ${id} on sites allowed for ${service.dataClass} data (sovereignty.${service.dataClass}), or change its dataClass`,
          },
        ];
      });
    }),
};
