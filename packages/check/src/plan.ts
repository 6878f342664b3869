import { CLOUD_PROVIDERS, InputError, type Manifest, type ManifestSite } from "@relais/policy";

/** A cloud site of the manifest: one with an EC2-compatible API and a region. */
export interface CloudSite {
  id: string;
  provider: (typeof CLOUD_PROVIDERS)[number];
  region: string;
  zone: string | null;
}

/** Where the RPO a snapshot is held to comes from: the policy's tier, or the deployed backup interval. */
export type MaxAgeSource = "tier-rpo" | "backup-interval";

export type PlannedCheck =
  | { check: "zones-available"; service: null; zone: string | null }
  | { check: "image-present"; service: string; imageId: string }
  | { check: "standby-running"; service: string; role: "standby" | "active"; desired: number }
  | {
      check: "snapshot-fresh";
      service: string;
      tier: string;
      /** Oldest acceptable age of the newest completed snapshot, in seconds; null when neither source gives one. */
      maxAge: number | null;
      maxAgeSource: MaxAgeSource | null;
    };

export interface SitePlan {
  site: CloudSite;
  /** In report order: `zones-available`, then per service (manifest order) image, standby, snapshot. */
  checks: PlannedCheck[];
}

/** A site of the manifest that is not checked, and why (no EC2 API, or left out by `--site`). */
export interface SkippedSite {
  site: string;
  reason: string;
}

export interface CheckPlan {
  sites: SitePlan[];
  skipped: SkippedSite[];
  /** Every cloud site of the manifests, checked or not (what `--endpoint` and `--profile` may name). */
  cloudSites: string[];
}

export interface PlanOptions {
  /** Only these site ids (`--site`); every cloud site when absent or empty. */
  sites?: readonly string[];
  /** Tier RPOs in seconds from the policy, when the policy is at hand. */
  rpoByTier?: Readonly<Record<string, number>>;
}

/** Manifests that do not fit together or name sites they do not define. */
export class ManifestPlanError extends InputError {}

/**
 * Plans every check from what the manifests say was deployed. Pure: no network, no clock. Checks are per site,
 * in manifest order, so the report is deterministic.
 */
export function planChecks(manifests: readonly Manifest[], options: PlanOptions = {}): CheckPlan {
  const sites = mergeSites(manifests);
  const selected = selectSites(sites, options.sites ?? []);
  const plans = new Map<string, SitePlan>();
  const skipped: SkippedSite[] = [];
  for (const site of sites.values()) {
    if (!isCloudSite(site)) {
      skipped.push({ site: site.id, reason: `${site.provider} site: no EC2-compatible API to check` });
    } else if (!selected.has(site.id)) {
      skipped.push({ site: site.id, reason: "not selected by --site" });
    } else {
      plans.set(site.id, {
        site: { id: site.id, provider: site.provider, region: site.region, zone: site.zone },
        checks: [{ check: "zones-available", service: null, zone: site.zone }],
      });
    }
  }
  for (const manifest of manifests) {
    for (const service of manifest.services) {
      const managed = service.sites.filter((placement) => !placement.external);
      const nonPrimary = managed.filter((placement) => placement.role !== "primary");
      const restoreSites = new Set((nonPrimary.length > 0 ? nonPrimary : managed).map((placement) => placement.site));
      for (const placement of service.sites) {
        if (!sites.has(placement.site)) {
          throw new ManifestPlanError(
            `the manifest places service ${service.service} on site ${placement.site}, which its sites list does not define`,
            "regenerate the manifest (pulumi stack output relais --json) from the deployed stack",
          );
        }
        const plan = plans.get(placement.site);
        if (!plan || placement.external) continue;
        if (placement.imageId !== null) {
          plan.checks.push({ check: "image-present", service: service.service, imageId: placement.imageId });
        }
        if (placement.role !== "primary") {
          plan.checks.push({
            check: "standby-running",
            service: service.service,
            role: placement.role,
            desired: placement.desired,
          });
        }
        if (service.data.mode === "backup" && restoreSites.has(placement.site)) {
          const limit = snapshotMaxAge(service, options.rpoByTier);
          plan.checks.push({ check: "snapshot-fresh", service: service.service, tier: service.tier, ...limit });
        }
      }
    }
  }
  const cloudSites = [...sites.values()].filter(isCloudSite).map((site) => site.id);
  return { sites: [...plans.values()], skipped, cloudSites };
}

/**
 * The tier's RPO when the policy is known (the objective the business set); else the deployed backup interval
 * (`data.every`): a newest snapshot older than one interval means at least one backup was missed.
 */
function snapshotMaxAge(
  service: Manifest["services"][number],
  rpoByTier: Readonly<Record<string, number>> | undefined,
): { maxAge: number | null; maxAgeSource: MaxAgeSource | null } {
  const rpo = rpoByTier && Object.hasOwn(rpoByTier, service.tier) ? rpoByTier[service.tier] : undefined;
  if (rpo !== undefined) return { maxAge: rpo, maxAgeSource: "tier-rpo" };
  if (service.data.every !== undefined) return { maxAge: service.data.every, maxAgeSource: "backup-interval" };
  return { maxAge: null, maxAgeSource: null };
}

function isCloudSite(site: ManifestSite): site is ManifestSite & { region: string; provider: CloudSite["provider"] } {
  return (CLOUD_PROVIDERS as readonly string[]).includes(site.provider) && site.region !== null;
}

/** The sites of every manifest by id, in first-seen order; the same id must mean the same place. */
function mergeSites(manifests: readonly Manifest[]): Map<string, ManifestSite> {
  const sites = new Map<string, ManifestSite>();
  for (const manifest of manifests) {
    for (const site of manifest.sites) {
      const known = sites.get(site.id);
      if (known && (known.provider !== site.provider || known.region !== site.region || known.zone !== site.zone)) {
        throw new ManifestPlanError(
          `site ${site.id} is ${describeSite(known)} in one manifest and ${describeSite(site)} in another`,
          "the stacks must agree on their sites: use one continuity policy for both",
        );
      }
      if (!known) sites.set(site.id, site);
    }
  }
  return sites;
}

function selectSites(sites: ReadonlyMap<string, ManifestSite>, wanted: readonly string[]): Set<string> {
  if (wanted.length === 0) return new Set(sites.keys());
  const cloud = [...sites.values()].filter(isCloudSite).map((site) => site.id);
  for (const id of wanted) {
    const site = sites.get(id);
    if (!site) {
      throw new ManifestPlanError(
        `--site ${id}: the manifest has no site ${id}`,
        `sites that can be checked: ${cloud.join(", ") || "none"}`,
      );
    }
    if (!isCloudSite(site)) {
      throw new ManifestPlanError(
        `--site ${id}: ${id} (${site.provider}) has no EC2-compatible API to check`,
        `sites that can be checked: ${cloud.join(", ") || "none"}`,
      );
    }
  }
  return new Set(wanted);
}

function describeSite(site: ManifestSite): string {
  return [site.provider, site.region, site.zone].filter((part) => part !== null).join(" ");
}
