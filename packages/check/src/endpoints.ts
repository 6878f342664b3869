import { InputError } from "@relais/policy";
import type { CloudSite } from "./plan";

/**
 * The EC2-compatible endpoint of a site: `aws` uses the SDK's own resolution (null here), the AWS European
 * Sovereign Cloud `https://ec2.<region>.amazonaws.eu`, Outscale FCU `https://fcu.<region>.outscale.com`.
 */
export function providerEndpoint(site: Pick<CloudSite, "provider" | "region">): string | null {
  switch (site.provider) {
    case "aws":
      return null;
    case "aws-eusc":
      return `https://ec2.${site.region}.amazonaws.eu`;
    case "outscale":
      return `https://fcu.${site.region}.outscale.com`;
  }
}

/** A bad `--endpoint` or `--profile` value. */
export class ConnectionOptionError extends InputError {}

/**
 * Parses repeatable `SITE=VALUE` flags into a map. With `allowBare`, a value without `SITE=` applies to every site
 * and is returned under the key `*`. A site named twice is an error.
 */
export function parseSiteAssignments(flag: string, values: readonly string[], allowBare = false): Map<string, string> {
  const assignments = new Map<string, string>();
  for (const raw of values) {
    const separator = raw.indexOf("=");
    const [site, value] = separator < 0 ? ["*", raw] : [raw.slice(0, separator), raw.slice(separator + 1)];
    if ((separator < 0 && !allowBare) || site === "" || value === "") {
      throw new ConnectionOptionError(
        `${flag} ${raw}: expected SITE=${flag === "--endpoint" ? "URL" : "VALUE"}`,
        flag === "--endpoint" ? "such as --endpoint gov-a=https://fcu.cloudgouv-eu-west-1.outscale.com" : undefined,
      );
    }
    if (assignments.has(site)) {
      throw new ConnectionOptionError(`${flag} is given twice for ${site === "*" ? "every site" : `site ${site}`}`);
    }
    assignments.set(site, value);
  }
  return assignments;
}

/** Checks that `--profile SITE=NAME` names cloud sites of the manifest (`*`, every site, is always fine). */
export function validateProfileSites(profiles: ReadonlyMap<string, string>, siteIds: readonly string[]): void {
  for (const [site, profile] of profiles) {
    if (site !== "*" && !siteIds.includes(site)) throw unknownSite("--profile", `${site}=${profile}`, site, siteIds);
  }
}

/** Checks `--endpoint` overrides: known sites, and URLs with an http(s) scheme. */
export function validateEndpointOverrides(overrides: ReadonlyMap<string, string>, siteIds: readonly string[]): void {
  for (const [site, url] of overrides) {
    if (!siteIds.includes(site)) throw unknownSite("--endpoint", `${site}=${url}`, site, siteIds);
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== "https:" && parsed.protocol !== "http:")) {
      throw new ConnectionOptionError(
        `--endpoint ${site}=${url}: not an http(s) URL`,
        "write the full URL, such as https://vpce-0123.ec2.eu-west-3.vpce.amazonaws.com",
      );
    }
  }
}

function unknownSite(flag: string, value: string, site: string, siteIds: readonly string[]): ConnectionOptionError {
  return new ConnectionOptionError(
    `${flag} ${value}: the manifest has no cloud site ${site}`,
    `cloud sites: ${siteIds.join(", ") || "none"}`,
  );
}
