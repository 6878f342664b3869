import {
  type ContinuityPolicy,
  MANIFEST_VERSION,
  type Manifest,
  type ManifestPlacement,
  type ManifestService,
  type ServiceSpec,
} from "@relais/policy";
import type { DeployedData } from "./data";
import type { Placement } from "./placement";

/** What a `FailoverService` deployed besides its placement: the settings the manifest records. */
export interface DeployedTraffic {
  /** The health checks as deployed (Route 53 or load balancer), or null when none is. */
  healthCheck: { interval: number; failureThreshold: number } | null;
  /** The TTL of the DNS records as deployed, or null when no record is. */
  ttl: number | null;
  /** The hosted zone and name of the records, or null when no record is. */
  dns: { zoneId: string; name: string } | null;
}

/** How one site of a service is provisioned as deployed. */
export interface DeployedSite {
  imageId: string | null;
  external: boolean;
  compute: ManifestPlacement["compute"];
  /** Units provisioned but kept stopped. */
  stopped: number;
  dnsTarget: string | null;
}

/** The manifest entry of one service, from its plan and the resolved image ids. */
export function manifestService(
  serviceId: string,
  service: ServiceSpec,
  placements: readonly Placement[],
  sites: ReadonlyMap<string, DeployedSite>,
  traffic: DeployedTraffic,
  data: DeployedData,
): ManifestService {
  const placement = (entry: Placement): ManifestPlacement => ({
    site: entry.site,
    role: entry.role,
    desired: entry.desired,
    stopped: sites.get(entry.site)?.stopped ?? 0,
    compute: sites.get(entry.site)?.compute ?? "external",
    dnsTarget: sites.get(entry.site)?.dnsTarget ?? null,
    imageId: sites.get(entry.site)?.imageId ?? null,
    external: sites.get(entry.site)?.external ?? false,
  });
  return {
    service: serviceId,
    tier: service.tier,
    strategy: service.strategy,
    traffic: { method: service.traffic.method, healthCheck: traffic.healthCheck, ttl: traffic.ttl, dns: traffic.dns },
    capacity: {
      required: service.capacity.required,
      standby: service.capacity.standby,
      scaleUp: service.capacity.scaleUp,
    },
    data: { ...data },
    sites: placements.map(placement),
  };
}

/**
 * The whole manifest of a plan: services in policy order, and the sites they (and the crisis cell) use, in
 * policy order.
 */
export function assembleManifest(
  policy: ContinuityPolicy,
  evacuate: string | null,
  services: readonly ManifestService[],
  crisisCell: Manifest["crisisCell"],
  acceptedRisks: Readonly<Manifest["acceptedRisks"]>,
): Manifest {
  const order = Object.keys(policy.services);
  const sorted = [...services].sort((a, b) => order.indexOf(a.service) - order.indexOf(b.service));
  const used = new Set(sorted.flatMap((service) => service.sites.map((placement) => placement.site)));
  if (crisisCell) used.add(crisisCell.vaultSite);
  const sites = Object.entries(policy.sites)
    .filter(([id]) => used.has(id))
    .map(([id, site]) => ({ id, provider: site.provider, region: site.region ?? null, zone: site.zone ?? null }));
  return {
    version: MANIFEST_VERSION,
    policy: policy.metadata.name,
    evacuate,
    sites,
    services: sorted,
    crisisCell,
    acceptedRisks: acceptedRisks.map((risk) => ({ ...risk })),
  };
}
