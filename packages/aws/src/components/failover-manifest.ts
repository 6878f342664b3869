import type * as pulumi from "@pulumi/pulumi";
import type { ManifestPlacement, ManifestService, ServiceSpec } from "@relais/policy";
import { settle } from "../outputs";
import type { ComputePlan } from "../planning/compute";
import type { DeployedData } from "../planning/data";
import { type DeployedSite, manifestService } from "../planning/manifest";
import type { Placement } from "../planning/placement";
import type { ServiceSite } from "./failover-sites";
import type { ServiceTraffic } from "./failover-traffic";

const COMPUTE_KIND = {
  asg: "auto-scaling",
  instances: "instances",
  external: "external",
  none: "none",
} as const satisfies Record<ComputePlan["mode"], ManifestPlacement["compute"]>;

/**
 * The manifest entry of a `FailoverService`, with image ids and DNS targets resolved to plain values (null when a
 * `pulumi preview` does not know them yet).
 */
export async function buildManifestEntry(
  serviceId: string,
  service: ServiceSpec,
  placements: readonly Placement[],
  compute: readonly ComputePlan[],
  sites: ReadonlyMap<string, ServiceSite>,
  traffic: ServiceTraffic,
  data: DeployedData,
  dnsTargetOf: (site: string) => pulumi.Input<string> | undefined,
): Promise<ManifestService> {
  const resolved = new Map<string, DeployedSite>();
  for (const placement of placements) {
    const entry = sites.get(placement.site)!;
    const imageId = entry.external ? entry.external.imageId : await settle(entry.workload?.imageId);
    const plan = compute.find((candidate) => candidate.site === placement.site)!;
    resolved.set(placement.site, {
      imageId,
      external: !!entry.external,
      compute: COMPUTE_KIND[plan.mode],
      stopped: plan.mode === "instances" ? plan.instances - plan.desired : 0,
      dnsTarget: await settle(dnsTargetOf(placement.site)),
    });
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
      dns: await deployedDns(traffic),
    },
    data,
  );
}

/** The zone and name of the records as deployed, or null when the service has no record. */
async function deployedDns(traffic: ServiceTraffic): Promise<{ zoneId: string; name: string } | null> {
  if (!traffic.dns || traffic.dns.records.length === 0) return null;
  const [zoneId, name] = [await settle(traffic.dns.zoneId), await settle(traffic.dns.recordName)];
  return zoneId === null || name === null ? null : { zoneId, name };
}
