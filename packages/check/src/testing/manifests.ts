import type { Manifest, ManifestPlacement, ManifestService } from "@relais/policy";

/** Small manifests for tests: an Outscale pair of zones, an AWS region, the EU sovereign cloud, an on-premises room. */

export function placement(overrides: Partial<ManifestPlacement> & { site: string }): ManifestPlacement {
  const external = overrides.external ?? false;
  return {
    role: "standby",
    desired: 2,
    stopped: 0,
    compute: external ? "external" : "auto-scaling",
    dnsTarget: null,
    imageId: null,
    external,
    ...overrides,
  };
}

export function service(overrides: Partial<ManifestService> & { service: string }): ManifestService {
  return {
    tier: "critical",
    strategy: "warm-standby",
    traffic: { method: "dns-failover", healthCheck: { interval: 10, failureThreshold: 3 }, ttl: 60, dns: null },
    capacity: { required: 4, standby: 2, scaleUp: 240 },
    data: { mode: "async-replication", mechanism: "s3-replication", lag: 900, copyRegion: null },
    sites: [],
    ...overrides,
  };
}

/**
 * The ledger: primary in the on-premises room `dc-1`, rebuilt from hourly backups in `aws-paris`, where nothing runs
 * until then. `standby` adds to its Paris placement.
 */
export function ledgerService(
  overrides: Partial<ManifestService> = {},
  standby: Partial<ManifestPlacement> = {},
): ManifestService {
  return service({
    service: "ledger",
    strategy: "backup-restore",
    traffic: { method: "manual", healthCheck: null, ttl: null, dns: null },
    capacity: { required: 2, standby: 0, scaleUp: 1200 },
    data: { mode: "backup", mechanism: "aws-backup", every: 3600, restoreTime: 7200, copyRegion: null },
    sites: [
      placement({ site: "dc-1", role: "primary", desired: 2, external: true }),
      placement({ site: "aws-paris", role: "standby", desired: 0, ...standby }),
    ],
    ...overrides,
  });
}

export function manifest(overrides: Partial<Manifest> = {}): Manifest {
  return {
    version: 2,
    policy: "test-policy",
    evacuate: null,
    sites: [
      { id: "gov-a", provider: "outscale", region: "cloudgouv-eu-west-1", zone: "cloudgouv-eu-west-1a" },
      { id: "gov-b", provider: "outscale", region: "cloudgouv-eu-west-1", zone: "cloudgouv-eu-west-1b" },
      { id: "aws-paris", provider: "aws", region: "eu-west-3", zone: null },
      { id: "eusc", provider: "aws-eusc", region: "eusc-de-east-1", zone: "eusc-de-east-1a" },
      { id: "dc-1", provider: "on-premises", region: null, zone: null },
    ],
    services: [
      service({
        service: "payments-api",
        sites: [
          placement({ site: "gov-a", role: "primary", desired: 4, imageId: "ami-osc-1" }),
          placement({ site: "gov-b", role: "standby", desired: 3, imageId: "ami-osc-1" }),
        ],
      }),
      ledgerService({ tier: "important" }, { imageId: "ami-aws-1" }),
      service({
        service: "portal",
        strategy: "active-active",
        sites: [
          placement({ site: "aws-paris", role: "active", desired: 2, imageId: "ami-aws-2" }),
          placement({ site: "eusc", role: "active", desired: 2, imageId: "ami-eusc-2" }),
        ],
      }),
    ],
    crisisCell: null,
    acceptedRisks: [],
    ...overrides,
  };
}
