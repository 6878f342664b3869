import { EC2Client, type EC2ClientConfig } from "@aws-sdk/client-ec2";
import type { CredentialSource } from "./credentials";
import { providerEndpoint } from "./endpoints";
import type { CloudSite } from "./plan";
import { enforceReadOnly } from "./read-only";

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

/**
 * Creates the read-only EC2 client of a site, signed (SigV4, service `ec2`) for the site's region. The SDK's own
 * retries are off (`maxAttempts: 1`): relais retries itself, so that time can be injected and the deadline holds.
 */
export function createSiteClient(site: CloudSite, connection: SiteConnection): SiteClient {
  const endpoint = connection.endpointOverride ?? providerEndpoint(site) ?? undefined;
  const source = connection.credentials;
  const client = new EC2Client({
    region: site.region,
    endpoint,
    maxAttempts: 1,
    ...(source.kind === "profile" ? { profile: source.profile } : {}),
    ...(source.kind === "outscale-env"
      ? { credentials: { accessKeyId: source.accessKeyId, secretAccessKey: source.secretAccessKey } }
      : {}),
    ...(connection.requestHandler ? { requestHandler: connection.requestHandler } : {}),
  });
  enforceReadOnly(client);
  return { client, endpoint: endpoint ?? defaultAwsEndpoint(client, site.region) };
}

/** The endpoint the SDK resolves for a standard AWS region (`https://ec2.eu-west-3.amazonaws.com`). */
function defaultAwsEndpoint(client: EC2Client, region: string): string {
  try {
    const resolved = client.config.endpointProvider({ Region: region, UseFIPS: false, UseDualStack: false });
    return resolved.url.toString().replace(/\/$/, "");
  } catch {
    return `https://ec2.${region}.amazonaws.com`;
  }
}
