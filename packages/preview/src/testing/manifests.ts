import type { ContinuityPolicy, Manifest, ManifestService } from "@relais/policy";

/** The manifest components would register for a policy deployed exactly as written (no drift). */
export function faithfulManifest(policy: ContinuityPolicy): Manifest {
  return {
    version: 2,
    policy: policy.metadata.name,
    evacuate: null,
    sites: Object.entries(policy.sites)
      .filter(([, site]) => site.provider !== "office")
      .map(([id, site]) => ({ id, provider: site.provider, region: site.region ?? null, zone: site.zone ?? null })),
    services: Object.entries(policy.services).map(([id, spec]): ManifestService => {
      const data = spec.data as {
        mode: ManifestService["data"]["mode"];
        lag?: number;
        every?: number;
        restoreTime?: number;
      };
      return {
        service: id,
        tier: spec.tier,
        strategy: spec.strategy,
        traffic: {
          method: spec.traffic.method,
          healthCheck: { ...spec.traffic.healthCheck },
          ttl: spec.traffic.ttl ?? null,
          dns: null,
        },
        capacity: { ...spec.capacity },
        data: { ...data, mechanism: dataMechanism(data.mode), copyRegion: null },
        sites: spec.sites.map((site, index) => {
          const active = spec.strategy === "active-active" || index === 0;
          return {
            site,
            role: spec.strategy === "active-active" ? "active" : index === 0 ? "primary" : "standby",
            desired: active && spec.strategy !== "active-active" ? spec.capacity.required : spec.capacity.standby,
            stopped: 0,
            compute: "auto-scaling" as const,
            dnsTarget: null,
            imageId: null,
            external: false,
          };
        }),
      };
    }),
    crisisCell: null,
    acceptedRisks: [],
  };
}

function dataMechanism(mode: ManifestService["data"]["mode"]): ManifestService["data"]["mechanism"] {
  return mode === "backup" ? "aws-backup" : mode === "none" ? "none" : "s3-replication";
}
