import type { Manifest } from "@relais/policy";
import type { FakeRegion } from "../../../check/src/testing/ec2-server";
import { ledgerService, manifest, placement, service } from "../../../check/src/testing/manifests";
import type { FakeGroup, FakeRecord } from "./cloud-extension";

/**
 * A stack across Outscale (two zones), AWS Paris, the European Sovereign Cloud and an on-premises room:
 * - payments-api: warm standby on Outscale instances, 1 running + 3 stopped at gov-b, manual traffic on a record;
 * - portal: active-active Auto Scaling groups in Paris and the sovereign cloud, 2 each for 4 required;
 * - ledger: primary on premises, rebuilt from backups in Paris (nothing runs there);
 * - api: pilot light, primary group in Paris, standby group of 1 in the sovereign cloud, DNS failover records.
 */
export function failoverManifest(): Manifest {
  return manifest({
    services: [
      service({
        service: "payments-api",
        traffic: { method: "manual", healthCheck: null, ttl: 60, dns: { zoneId: "ZPAY", name: "pay.example.eu" } },
        sites: [
          placement({ site: "gov-a", role: "primary", desired: 4, compute: "instances", dnsTarget: "10.0.1.10" }),
          placement({
            site: "gov-b",
            role: "standby",
            desired: 1,
            stopped: 3,
            compute: "instances",
            dnsTarget: "10.0.2.10",
          }),
        ],
      }),
      service({
        service: "portal",
        strategy: "active-active",
        sites: [
          placement({ site: "aws-paris", role: "active", desired: 2 }),
          placement({ site: "eusc", role: "active", desired: 2 }),
        ],
      }),
      ledgerService({}, { compute: "none" }),
      service({
        service: "api",
        strategy: "pilot-light",
        capacity: { required: 3, standby: 1, scaleUp: 300 },
        sites: [
          placement({ site: "aws-paris", role: "primary", desired: 3 }),
          placement({ site: "eusc", role: "standby", desired: 1 }),
        ],
      }),
    ],
  });
}

const tags = (service: string, site: string, role: string) => ({
  "relais:service": service,
  "relais:site": site,
  "relais:role": role,
  "relais:tier": "critical",
});

/** The EC2 side of the stack as deployed: gov-a's instances (lost) and gov-b's standbys, one running. */
export function failoverWorld(): Record<string, FakeRegion> {
  return {
    "cloudgouv-eu-west-1": {
      flavour: "outscale",
      instances: [
        ...[1, 2, 3, 4].map((n) => ({
          instanceId: `i-a${n}`,
          state: "running",
          zone: "cloudgouv-eu-west-1a",
          tags: tags("payments-api", "gov-a", "primary"),
        })),
        ...[1, 2, 3, 4].map((n) => ({
          instanceId: `i-b${n}`,
          state: n === 1 ? "running" : "stopped",
          zone: "cloudgouv-eu-west-1b",
          tags: tags("payments-api", "gov-b", "standby"),
        })),
      ],
    },
  };
}

/** Auto Scaling groups by region, as deployed (minSize = desired). */
export function failoverGroups(): Record<string, FakeGroup[]> {
  const group = (name: string, service: string, site: string, role: string, desired: number, maxSize: number) => ({
    name,
    minSize: desired,
    maxSize,
    desired,
    tags: tags(service, site, role),
  });
  return {
    "eu-west-3": [
      group("portal-paris", "portal", "aws-paris", "active", 2, 6),
      group("api-paris", "api", "aws-paris", "primary", 3, 6),
    ],
    "eusc-de-east-1": [
      group("portal-eusc", "portal", "eusc", "active", 2, 6),
      group("api-eusc", "api", "eusc", "standby", 1, 6),
    ],
  };
}

/** The manual record of payments-api, pointing at gov-a. */
export function failoverRecords(): FakeRecord[] {
  return [{ zoneId: "ZPAY", name: "pay.example.eu.", type: "A", ttl: 60, values: ["10.0.1.10"] }];
}
