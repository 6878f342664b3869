import type { Manifest, ManifestService, ManifestSite } from "@relais/policy";

/** Every manifest a program registered, merged: one entry per service and per site. */
export interface MergedManifest {
  /** Names of the policies the components loaded, in order of first appearance. */
  policies: string[];
  /** The site being evacuated (`relais:evacuate`), or null. */
  evacuate: string | null;
  sites: Map<string, ManifestSite>;
  services: Map<string, ManifestService>;
  /** Services registered by more than one component; the first registration is kept. */
  duplicates: string[];
}

/** Merges manifests in registration order; the first component that deployed a service or site wins. */
export function mergeManifests(manifests: readonly Manifest[]): MergedManifest {
  const merged: MergedManifest = {
    policies: [],
    evacuate: null,
    sites: new Map(),
    services: new Map(),
    duplicates: [],
  };
  for (const manifest of manifests) {
    if (!merged.policies.includes(manifest.policy)) merged.policies.push(manifest.policy);
    merged.evacuate ??= manifest.evacuate;
    for (const site of manifest.sites) if (!merged.sites.has(site.id)) merged.sites.set(site.id, site);
    for (const service of manifest.services) {
      if (merged.services.has(service.service)) {
        if (!merged.duplicates.includes(service.service)) merged.duplicates.push(service.service);
      } else {
        merged.services.set(service.service, service);
      }
    }
  }
  return merged;
}
