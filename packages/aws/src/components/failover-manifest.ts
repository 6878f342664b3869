import type { ManifestService, ServiceSpec } from "@relais/policy";
import { settle } from "../outputs";
import { manifestService } from "../planning/manifest";
import type { Placement } from "../planning/placement";
import type { ServiceSite } from "./failover-sites";
import type { ServiceTraffic } from "./failover-traffic";

/** The manifest entry of a `FailoverService`, with image ids resolved to plain values. */
export async function buildManifestEntry(
  serviceId: string,
  service: ServiceSpec,
  placements: readonly Placement[],
  sites: ReadonlyMap<string, ServiceSite>,
  traffic: ServiceTraffic,
  every: number | undefined,
): Promise<ManifestService> {
  const resolved = new Map<string, { imageId: string | null; external: boolean }>();
  for (const placement of placements) {
    const entry = sites.get(placement.site)!;
    const imageId = entry.external ? entry.external.imageId : await settle(entry.workload?.imageId);
    resolved.set(placement.site, { imageId, external: !!entry.external });
  }
  const deployed = placements.map((placement) => {
    const units = sites.get(placement.site)?.external?.units;
    return units === undefined ? placement : { ...placement, desired: units };
  });
  return manifestService(
    serviceId,
    service,
    deployed,
    resolved,
    {
      healthCheck: traffic.deployedHealthCheck,
      ttl: traffic.dns && traffic.dns.records.length > 0 ? traffic.dns.ttl : null,
    },
    every === undefined ? {} : { every },
  );
}
