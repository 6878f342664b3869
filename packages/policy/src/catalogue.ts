/**
 * The site catalogue: the regions and zones (subregions) known for each cloud provider. It feeds the
 * `unknown-region` warning and is exported for the packages that configure providers and endpoints. A region that
 * is missing here is not refused, only warned about: clouds open regions faster than this list is updated.
 *
 * Sources: the Outscale "Regions, Endpoints and Subregions Reference", the AWS European Sovereign Cloud launch
 * documentation, and the AWS "Regions and Availability Zones" pages (zone letters as AWS names them; which letters
 * an account sees can vary).
 */

/** A region of the catalogue: where it is and the names of its zones. */
export interface CatalogueRegion {
  /** Where the region is, for people: `France (Paris)`. */
  location: string;
  /** Zone (subregion) names, such as `eu-west-2a`. */
  zones: readonly string[];
}

/** The providers the catalogue describes: the clouds Relais deploys to. */
export type CatalogueProvider = "aws" | "aws-eusc" | "outscale";

const zones = (region: string, letters: string): string[] => [...letters].map((letter) => `${region}${letter}`);
const region = (name: string, location: string, letters: string): [string, CatalogueRegion] => [
  name,
  { location, zones: zones(name, letters) },
];

/** Every known region of each cloud provider, by provider then region name. */
export const SITE_CATALOGUE: Readonly<Record<CatalogueProvider, Readonly<Record<string, CatalogueRegion>>>> = {
  outscale: Object.fromEntries([
    region("eu-west-2", "France (Paris)", "abc"),
    region("cloudgouv-eu-west-1", "France (SecNumCloud)", "abc"),
    region("us-east-2", "United States (East)", "ab"),
    region("us-west-1", "United States (West)", "ab"),
    region("ap-northeast-1", "Japan (Tokyo)", "ab"),
  ]),
  "aws-eusc": Object.fromEntries([region("eusc-de-east-1", "Germany (Brandenburg)", "abc")]),
  aws: Object.fromEntries([
    region("us-east-1", "US East (N. Virginia)", "abcdef"),
    region("us-east-2", "US East (Ohio)", "abc"),
    region("us-west-1", "US West (N. California)", "abc"),
    region("us-west-2", "US West (Oregon)", "abcd"),
    region("af-south-1", "Africa (Cape Town)", "abc"),
    region("ap-east-1", "Asia Pacific (Hong Kong)", "abc"),
    region("ap-east-2", "Asia Pacific (Taipei)", "abc"),
    region("ap-south-1", "Asia Pacific (Mumbai)", "abc"),
    region("ap-south-2", "Asia Pacific (Hyderabad)", "abc"),
    region("ap-southeast-1", "Asia Pacific (Singapore)", "abc"),
    region("ap-southeast-2", "Asia Pacific (Sydney)", "abc"),
    region("ap-southeast-3", "Asia Pacific (Jakarta)", "abc"),
    region("ap-southeast-4", "Asia Pacific (Melbourne)", "abc"),
    region("ap-southeast-5", "Asia Pacific (Malaysia)", "abc"),
    region("ap-southeast-6", "Asia Pacific (New Zealand)", "abc"),
    region("ap-southeast-7", "Asia Pacific (Thailand)", "abc"),
    region("ap-northeast-1", "Asia Pacific (Tokyo)", "acd"),
    region("ap-northeast-2", "Asia Pacific (Seoul)", "abcd"),
    region("ap-northeast-3", "Asia Pacific (Osaka)", "abc"),
    region("ca-central-1", "Canada (Central)", "abd"),
    region("ca-west-1", "Canada West (Calgary)", "abc"),
    region("eu-central-1", "Europe (Frankfurt)", "abc"),
    region("eu-central-2", "Europe (Zurich)", "abc"),
    region("eu-west-1", "Europe (Ireland)", "abc"),
    region("eu-west-2", "Europe (London)", "abc"),
    region("eu-west-3", "Europe (Paris)", "abc"),
    region("eu-south-1", "Europe (Milan)", "abc"),
    region("eu-south-2", "Europe (Spain)", "abc"),
    region("eu-north-1", "Europe (Stockholm)", "abc"),
    region("il-central-1", "Israel (Tel Aviv)", "abc"),
    region("me-south-1", "Middle East (Bahrain)", "abc"),
    region("me-central-1", "Middle East (UAE)", "abc"),
    region("mx-central-1", "Mexico (Central)", "abc"),
    region("sa-east-1", "South America (São Paulo)", "abc"),
  ]),
};

/** True when the catalogue describes this provider (the clouds); other providers have no regions to check. */
export function isCatalogueProvider(provider: string): provider is CatalogueProvider {
  return Object.hasOwn(SITE_CATALOGUE, provider);
}

/** The catalogue entry of a provider's region, or undefined when either is unknown. */
export function catalogueRegion(provider: string, regionName: string): CatalogueRegion | undefined {
  if (!isCatalogueProvider(provider)) return undefined;
  const regions = SITE_CATALOGUE[provider];
  return Object.hasOwn(regions, regionName) ? regions[regionName] : undefined;
}

/** The known region names of a provider, in catalogue order (empty for providers without regions). */
export function catalogueRegions(provider: string): string[] {
  return isCatalogueProvider(provider) ? Object.keys(SITE_CATALOGUE[provider]) : [];
}
