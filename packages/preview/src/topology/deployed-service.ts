import type { ContinuityPolicy, ManifestService, ServiceSpec } from "@relais/policy";

/**
 * Units kept running at the sites that are not active, as deployed: the smallest `desired` among the standby
 * placements (the model has one `standby` per service, and the smallest is the honest one), or among every
 * placement for active-active. A service deployed on one site keeps the manifest's `capacity.standby`.
 */
export function deployedStandby(service: ManifestService): number {
  const placements =
    service.strategy === "active-active"
      ? service.sites
      : service.sites.filter((placement) => placement.role === "standby");
  if (placements.length === 0) return service.capacity.standby;
  return Math.min(...placements.map((placement) => placement.desired));
}

/** The deployed sites the policy knows, in the deployed order (primary or first active site first). */
export function deployedSites(policy: ContinuityPolicy, service: ManifestService): string[] {
  return service.sites.map((placement) => placement.site).filter((site) => Object.hasOwn(policy.sites, site));
}

/**
 * The policy's service as the program deploys it: sites, strategy, traffic, capacities and data from the manifest.
 * What the manifest cannot express (a health check that is not deployed, sites the policy does not know) keeps the
 * policy's value; `driftFindings` reports each difference.
 */
export function deployedService(policy: ContinuityPolicy, spec: ServiceSpec, deployed: ManifestService): ServiceSpec {
  const sites = deployedSites(policy, deployed);
  return {
    ...spec,
    tier: Object.hasOwn(policy.tiers, deployed.tier) ? deployed.tier : spec.tier,
    strategy: deployed.strategy,
    sites: sites.length > 0 ? sites : spec.sites,
    capacity: {
      required: deployed.capacity.required,
      standby: deployedStandby(deployed),
      scaleUp: deployed.capacity.scaleUp,
    },
    traffic: {
      method: deployed.traffic.method,
      healthCheck: deployed.traffic.healthCheck ?? spec.traffic.healthCheck,
      ttl: deployed.traffic.ttl ?? undefined,
    },
    data: deployedData(spec, deployed),
  };
}

function deployedData(spec: ServiceSpec, deployed: ManifestService): ServiceSpec["data"] {
  const data = deployed.data;
  const planned = spec.data as { lag?: number; every?: number; restoreTime?: number };
  switch (data.mode) {
    case "sync-replication":
    case "none":
      return { mode: data.mode };
    case "async-replication":
      return { mode: data.mode, lag: data.lag ?? planned.lag ?? 0 };
    case "backup":
      return {
        mode: data.mode,
        every: data.every ?? planned.every ?? 0,
        restoreTime: data.restoreTime ?? planned.restoreTime,
      };
  }
}
