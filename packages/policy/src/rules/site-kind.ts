import { catalogueRegions } from "../catalogue";
import { CLOUD_PROVIDERS } from "../schema/sites";
import type { Rule, Violation } from "./rule";

const CLOUDS: readonly string[] = CLOUD_PROVIDERS;

export const siteKind: Rule = {
  code: "site-kind",
  why:
    "Offices hold people, not workloads; a cloud site without a region cannot be deployed or checked; staff counts " +
    "only where people work, so staff on a datacenter would be silently ignored.",
  fix: "place services on cloud, on-premises or colocation sites; give cloud sites a region; count staff on offices",
  check: ({ policy }) => {
    const found: Violation[] = [];
    for (const [id, site] of Object.entries(policy.sites)) {
      if (CLOUDS.includes(site.provider) && site.region === undefined) {
        const example = catalogueRegions(site.provider)[0];
        found.push({
          path: `sites.${id}.region`,
          message: `site ${id} is on ${site.provider} but has no region`,
          hint: `add the region, such as region: ${example}`,
        });
      }
      if (site.provider !== "office" && site.staff !== undefined) {
        found.push({
          path: `sites.${id}.staff`,
          message: `site ${id} is a ${site.provider} site, but staff counts people at offices only`,
          hint: "move the staff count to an office site, or remove it",
        });
      }
    }
    for (const [id, service] of Object.entries(policy.services)) {
      service.sites.forEach((siteId, index) => {
        if (policy.sites[siteId]?.provider !== "office") return;
        found.push({
          path: `services.${id}.sites[${index}]`,
          message: `service ${id} is placed on office ${siteId}; offices hold people, not workloads`,
          hint: `place ${id} on a cloud, on-premises or colocation site; the office's people are covered by people.remoteWork`,
        });
      });
    }
    return found;
  },
};
