import { catalogueRegion, catalogueRegions, isCatalogueProvider, SITE_CATALOGUE } from "../catalogue";
import type { Rule, Violation } from "./rule";
import { didYouMean } from "./text";

export const unknownRegion: Rule = {
  code: "unknown-region",
  why:
    "A misspelt region deploys nowhere, or somewhere else; the catalogue knows the regions and zones of aws, " +
    "aws-eusc and outscale. It is a warning because clouds open regions faster than the catalogue is updated.",
  fix: "correct the region or zone name",
  check: ({ policy }) =>
    Object.entries(policy.sites).flatMap(([id, site]): Violation[] => {
      if (!isCatalogueProvider(site.provider) || site.region === undefined) return [];
      const region = catalogueRegion(site.provider, site.region);
      if (!region) {
        const elsewhere = Object.keys(SITE_CATALOGUE).filter(
          (provider) => provider !== site.provider && catalogueRegion(provider, site.region!),
        );
        const known = catalogueRegions(site.provider);
        return [
          {
            path: `sites.${id}.region`,
            message:
              `site ${id}: "${site.region}" is not a known ${site.provider} region` +
              (elsewhere.length > 0 ? ` (it is a region of ${elsewhere.join(", ")})` : ""),
            hint: `${didYouMean(site.region, known)}Known ${site.provider} regions: ${known.join(", ")}`,
          },
        ];
      }
      if (site.zone === undefined || region.zones.includes(site.zone)) return [];
      return [
        {
          path: `sites.${id}.zone`,
          message: `site ${id}: "${site.zone}" is not a known zone of ${site.provider} region ${site.region}`,
          hint: `${didYouMean(site.zone, region.zones)}Known zones of ${site.region}: ${region.zones.join(", ")}`,
        },
      ];
    }),
};
