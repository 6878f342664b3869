import { AutoScalingClient } from "@aws-sdk/client-auto-scaling";
import { EC2Client } from "@aws-sdk/client-ec2";
import { Route53Client } from "@aws-sdk/client-route-53";
import {
  type CloudSite,
  type CredentialSource,
  credentialSource,
  defaultEndpoint,
  FAILOVER_ACTIONS,
  type GatedClient,
  guardClient,
  type SiteApi,
  type SiteClientConfig,
  type SiteConnection,
  siteClientConfig,
} from "@relais/check";

/** The clients of one site, each behind relais failover's allowlist and reply guard, made when first needed. */
export interface SiteClients {
  site: CloudSite;
  credentials: CredentialSource;
  ec2(): { client: EC2Client; endpoint: string };
  autoScaling(): { client: AutoScalingClient; endpoint: string };
  route53(): { client: Route53Client; endpoint: string };
}

export interface ConnectionSettings {
  endpoints: ReadonlyMap<string, string>;
  profiles: ReadonlyMap<string, string>;
  env: Readonly<Record<string, string | undefined>>;
  /** For tests: an SDK request handler instead of the Node HTTP one. */
  requestHandler?: SiteConnection["requestHandler"];
}

/**
 * Creates the lazily-built clients of a site from the same connection settings as relais check (`--endpoint`,
 * `--profile`, `OSC_ACCESS_KEY`/`OSC_SECRET_KEY`). `--endpoint SITE=URL` sends every API of the site to URL.
 */
export function siteClients(site: CloudSite, settings: ConnectionSettings): SiteClients {
  const credentials = credentialSource(site, settings.profiles, settings.env);
  const connection: SiteConnection = {
    endpointOverride: settings.endpoints.get(site.id),
    credentials,
    ...(settings.requestHandler ? { requestHandler: settings.requestHandler } : {}),
  };
  const build = <C extends object>(api: SiteApi, create: (config: SiteClientConfig) => C) => {
    const config = siteClientConfig(site, connection, api);
    const client = create(config);
    guardClient(client as unknown as GatedClient, FAILOVER_ACTIONS, api);
    return { client, endpoint: config.endpoint ?? defaultEndpoint(client as never, config.region) };
  };
  let ec2: ReturnType<SiteClients["ec2"]> | undefined;
  let autoScaling: ReturnType<SiteClients["autoScaling"]> | undefined;
  let route53: ReturnType<SiteClients["route53"]> | undefined;
  return {
    site,
    credentials,
    ec2: () => {
      ec2 ??= build("ec2", (config) => new EC2Client(config));
      return ec2;
    },
    autoScaling: () => {
      autoScaling ??= build("autoscaling", (config) => new AutoScalingClient(config as never));
      return autoScaling;
    },
    route53: () => {
      route53 ??= build("route53", (config) => new Route53Client(config as never));
      return route53;
    },
  };
}
