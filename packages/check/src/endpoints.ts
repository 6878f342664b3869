import { InputError } from "@relais/policy";
import type { CloudSite } from "./plan";

/** The APIs relais talks to at a site. */
export type SiteApi = "ec2" | "autoscaling" | "route53";

/**
 * The endpoint of one API of a site, or null where the SDK resolves it from the region (AWS, and Auto Scaling and
 * Route 53 in the European Sovereign Cloud, whose partition the SDK knows). Outscale has no Auto Scaling; its sites'
 * DNS records live in AWS Route 53.
 */
export function siteApiEndpoint(site: Pick<CloudSite, "provider" | "region">, api: SiteApi): string | null {
  if (api === "ec2") return providerEndpoint(site);
  return null;
}

/** The region requests are signed for: the site's, except Route 53, which AWS signs for `us-east-1`. */
export function siteApiRegion(site: Pick<CloudSite, "provider" | "region">, api: SiteApi): string {
  if (api === "route53" && site.provider !== "aws-eusc") return "us-east-1";
  return site.region;
}

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
        `${flag} ${redactUrl(raw)}: expected SITE=${flag === "--endpoint" ? "URL" : "VALUE"}`,
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

/**
 * Checks `--endpoint` overrides: known sites; https URLs, or plain http to this machine only (127.0.0.0/8, ::1,
 * localhost), since signatures and session tokens would otherwise cross the network in cleartext; no credentials in
 * the URL (they would be sent nowhere, and shown in reports).
 */
export function validateEndpointOverrides(overrides: ReadonlyMap<string, string>, siteIds: readonly string[]): void {
  for (const [site, url] of overrides) {
    const shown = `--endpoint ${site}=${redactUrl(url)}`;
    if (!siteIds.includes(site)) throw unknownSite("--endpoint", `${site}=${redactUrl(url)}`, site, siteIds);
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== "https:" && parsed.protocol !== "http:")) {
      throw new ConnectionOptionError(
        `${shown}: not an http(s) URL`,
        "write the full URL, such as https://vpce-0123.ec2.eu-west-3.vpce.amazonaws.com",
      );
    }
    if (parsed.username !== "" || parsed.password !== "") {
      throw new ConnectionOptionError(
        `${shown}: the URL carries credentials`,
        "remove them from the URL; give credentials with --profile, the AWS environment or OSC_ACCESS_KEY/OSC_SECRET_KEY",
      );
    }
    if (parsed.protocol === "http:" && !isLoopback(parsed.hostname)) {
      throw new ConnectionOptionError(
        `${shown}: plain http would send the request signatures and session token in cleartext`,
        "use https; plain http is accepted only to this machine (127.0.0.1, ::1, localhost)",
      );
    }
  }
}

/** True for 127.0.0.0/8, ::1 and localhost (a URL's hostname: IPv6 in brackets). */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}

/** A URL (or `SITE=URL` text) with any `user:password@` replaced by `***@`, for messages and reports. */
export function redactUrl(text: string): string {
  return text.replace(/(\/\/)[^/?#@\s]*@/g, "$1***@");
}

function unknownSite(flag: string, value: string, site: string, siteIds: readonly string[]): ConnectionOptionError {
  return new ConnectionOptionError(
    `${flag} ${value}: the manifest has no cloud site ${site}`,
    `cloud sites: ${siteIds.join(", ") || "none"}`,
  );
}
