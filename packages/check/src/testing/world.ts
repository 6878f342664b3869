import type { FakeRegion } from "./ec2-server";

const HOUR = 3_600_000;

/**
 * What the sites of `manifest()` (testing/manifests.ts) hold when everything is ready, at `now`: Outscale's
 * cloudgouv-eu-west-1 (FCU namespace), AWS eu-west-3 and the European Sovereign Cloud (AWS namespace).
 */
export function readyWorld(now: number = Date.now()): Record<string, FakeRegion> {
  const tags = (service: string, site: string, role: string) => ({
    "relais:service": service,
    "relais:site": site,
    "relais:role": role,
    "relais:tier": "critical",
  });
  return {
    "cloudgouv-eu-west-1": {
      flavour: "outscale",
      zones: ["a", "b", "c"].map((letter) => ({ zoneName: `cloudgouv-eu-west-1${letter}`, state: "available" })),
      images: [{ imageId: "ami-osc-1", state: "available" }],
      instances: [
        ...[1, 2, 3].map((n) => ({
          instanceId: `i-b${n}`,
          state: "running",
          zone: "cloudgouv-eu-west-1b",
          tags: tags("payments-api", "gov-b", "standby"),
        })),
        {
          instanceId: "i-a1",
          state: "running",
          zone: "cloudgouv-eu-west-1a",
          tags: tags("payments-api", "gov-a", "primary"),
        },
      ],
    },
    "eu-west-3": {
      zones: ["a", "b", "c"].map((letter) => ({ zoneName: `eu-west-3${letter}`, state: "available" })),
      images: [
        { imageId: "ami-aws-1", state: "available" },
        { imageId: "ami-aws-2", state: "available" },
      ],
      instances: [1, 2].map((n) => ({
        instanceId: `i-p${n}`,
        state: "running",
        zone: "eu-west-3a",
        tags: tags("portal", "aws-paris", "active"),
      })),
      snapshots: [
        {
          snapshotId: "snap-new",
          status: "completed",
          startTime: new Date(now - 0.5 * HOUR).toISOString(),
          tags: { "relais:service": "ledger" },
        },
        {
          snapshotId: "snap-old",
          status: "completed",
          startTime: new Date(now - 30 * HOUR).toISOString(),
          tags: { "relais:service": "ledger" },
        },
      ],
    },
    "eusc-de-east-1": {
      zones: [{ zoneName: "eusc-de-east-1a", state: "available" }],
      images: [{ imageId: "ami-eusc-2", state: "available" }],
      instances: [1, 2].map((n) => ({
        instanceId: `i-e${n}`,
        state: "running",
        zone: "eusc-de-east-1a",
        tags: tags("portal", "eusc", "active"),
      })),
    },
  };
}
