import { EC2Client, type EC2ClientConfig } from "@aws-sdk/client-ec2";
import { type ActionAllowlist, CHECK_ACTIONS, enforceAllowlist, type GatedClient } from "./allowlist";
import type { CredentialSource } from "./credentials";
import { type SiteApi, siteApiEndpoint, siteApiRegion } from "./endpoints";
import type { CloudSite } from "./plan";
import { guardReplies } from "./reply-guard";

export interface SiteConnection {
  /** `--endpoint SITE=URL`, else the provider's endpoint. */
  endpointOverride?: string;
  credentials: CredentialSource;
  /** For tests: an SDK request handler instead of the Node HTTP one. */
  requestHandler?: EC2ClientConfig["requestHandler"];
}

export interface SiteClient {
  client: EC2Client;
  /** The URL requests go to, for the report. */
  endpoint: string;
}

/** The configuration every relais SDK client of a site starts from (any of the AWS SDK's clients accepts it). */
export interface SiteClientConfig {
  region: string;
  endpoint: string | undefined;
  maxAttempts: 1;
  profile?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  requestHandler?: SiteConnection["requestHandler"];
}

const API_LABEL: Readonly<Record<SiteApi, string>> = { ec2: "EC2", autoscaling: "Auto Scaling", route53: "Route 53" };

/**
 * The SDK configuration for one API of a site: signed (SigV4) for the site's region — `us-east-1` for Route 53 on
 * AWS —, sent to `--endpoint` or the provider's endpoint, with the site's credentials. The SDK's own retries are off
 * (`maxAttempts: 1`): relais retries itself, so that time can be injected and the deadline holds. Outscale access
 * keys sign only Outscale APIs; Route 53 for an Outscale site uses the AWS credentials.
 */
export function siteClientConfig(site: CloudSite, connection: SiteConnection, api: SiteApi): SiteClientConfig {
  const source = connection.credentials;
  return {
    region: siteApiRegion(site, api),
    endpoint: connection.endpointOverride ?? siteApiEndpoint(site, api) ?? undefined,
    maxAttempts: 1,
    ...(source.kind === "profile" ? { profile: source.profile } : {}),
    ...(source.kind === "outscale-env" && api !== "route53"
      ? { credentials: { accessKeyId: source.accessKeyId, secretAccessKey: source.secretAccessKey } }
      : {}),
    ...(connection.requestHandler ? { requestHandler: connection.requestHandler } : {}),
  };
}

/** Installs relais's two guards on a client: the action allowlist, and the reply size and shape check. */
export function guardClient<C extends GatedClient>(client: C, allowlist: ActionAllowlist, api: SiteApi): C {
  return guardReplies(enforceAllowlist(client, allowlist), API_LABEL[api]);
}

/** Creates the EC2 client of a site under `allowlist` (default: `relais check`'s `Describe*` only). */
export function createSiteClient(
  site: CloudSite,
  connection: SiteConnection,
  allowlist: ActionAllowlist = CHECK_ACTIONS,
): SiteClient {
  const config = siteClientConfig(site, connection, "ec2");
  const client = guardClient(new EC2Client(config), allowlist, "ec2");
  return { client, endpoint: config.endpoint ?? defaultEndpoint(client, config.region) };
}

/** The endpoint the SDK resolves for a standard AWS region (`https://ec2.eu-west-3.amazonaws.com`). */
export function defaultEndpoint(
  client: { config: { endpointProvider: (params: never) => { url: URL } } },
  region: string,
): string {
  try {
    const resolved = client.config.endpointProvider({ Region: region, UseFIPS: false, UseDualStack: false } as never);
    return resolved.url.toString().replace(/\/$/, "");
  } catch {
    return `https://ec2.${region}.amazonaws.com`;
  }
}
