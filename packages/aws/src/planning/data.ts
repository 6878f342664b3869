import type { ProviderName, ServiceSpec } from "@relais/policy";
import { hasCapability } from "../capabilities";
import { ComponentError } from "../errors";
import { isCloudProvider, partitionOf } from "../sites";
import { type BackupSchedule, backupSchedule } from "./backup-schedule";

/** Where the service's data lives, as far as this stack creates it. */
export type DataStorage = "s3" | "application";

/** A site as the data planner sees it. */
export interface DataSite {
  site: string;
  provider: ProviderName;
  region: string | undefined;
  /** An `ExternalWorkload` serves this site: the stack creates no storage there. */
  external: boolean;
}

/**
 * The data resources of a service:
 * - `none`: `data.mode: none`, or replication handled by the application (`storage: application`);
 * - `buckets`: a private, versioned, encrypted bucket per cloud site and S3 replication from each source to
 *   each destination (active-active: every site to every other; otherwise the primary to the failover sites);
 * - `aws-backup`: an AWS Backup vault and plan at the primary, copying to a vault at the failover site when it
 *   has AWS Backup in the same partition;
 * - `snapshots`: a snapshot of each instance volume at the primary where AWS Backup is missing (Outscale),
 *   the volumes tagged with the interval for the scheduler that takes the next ones;
 * - `landing`: the primary is external (on-premises): a bucket at the first cloud failover site receives its
 *   backups.
 * Data follows the policy's site order, not an evacuation: moving it would replace stores that hold data.
 */
export type DataPlan =
  | { kind: "none" }
  | { kind: "buckets"; sites: string[]; replication: Array<{ from: string; to: string[] }> }
  | { kind: "aws-backup"; site: string; copyTo: string | null; schedule: BackupSchedule }
  | { kind: "snapshots"; site: string; every: number }
  | { kind: "landing"; site: string };

/** Plans the data resources (see `DataPlan`); asks each site for the capabilities it needs. */
export function planData(
  component: string,
  serviceId: string,
  service: ServiceSpec,
  sites: readonly DataSite[],
  storage: DataStorage,
): DataPlan {
  const data = service.data;
  if (data.mode === "none") return { kind: "none" };
  const cloud = sites.filter((site) => !site.external && isCloudProvider(site.provider));
  const primary = sites[0];
  if (data.mode === "backup") return planBackup(component, serviceId, data.every, sites, cloud);
  if (storage === "application") return { kind: "none" };
  const hint = `set data: { storage: "application" } when the application replicates its own data (database replication), or place services.${serviceId} on sites with S3 replication`;
  if (primary.external || !isCloudProvider(primary.provider)) {
    throw new ComponentError(
      component,
      `S3 replication for ${data.mode} cannot start at ${primary.site}, which is ${primary.provider} (an external workload).`,
      hint,
    );
  }
  const sources = service.strategy === "active-active" ? cloud : [primary];
  const replication = sources
    .map((source) => ({ from: source.site, to: cloud.filter((site) => site.site !== source.site) }))
    .filter((pair) => pair.to.length > 0);
  for (const pair of replication) {
    const source = cloud.find((site) => site.site === pair.from)!;
    for (const site of [source, ...pair.to]) {
      if (!hasCapability(site.provider, "s3Replication")) {
        throw new ComponentError(
          component,
          `site ${site.site} (${site.provider}) has no s3Replication capability (S3 bucket replication), needed for the ${data.mode} of ${serviceId}.`,
          hint,
        );
      }
    }
    for (const target of pair.to) {
      if (partitionOf(target) !== partitionOf(source)) {
        throw new ComponentError(
          component,
          `S3 cannot replicate ${serviceId} from ${source.site} (partition ${partitionOf(source)}) to ${target.site} (partition ${partitionOf(target)}).`,
          hint,
        );
      }
    }
  }
  return {
    kind: "buckets",
    sites: cloud.map((site) => site.site),
    replication: replication.map((pair) => ({ from: pair.from, to: pair.to.map((site) => site.site) })),
  };
}

function planBackup(
  component: string,
  serviceId: string,
  every: number,
  sites: readonly DataSite[],
  cloud: readonly DataSite[],
): DataPlan {
  const primary = sites[0];
  if (primary.external || !isCloudProvider(primary.provider)) {
    const landing = cloud[0];
    return landing ? { kind: "landing", site: landing.site } : { kind: "none" };
  }
  if (!hasCapability(primary.provider, "backup")) return { kind: "snapshots", site: primary.site, every };
  const schedule = backupSchedule(every);
  if (!schedule) {
    throw new ComponentError(
      component,
      `AWS Backup runs at most once an hour, but services.${serviceId}.data.every is ${every}s.`,
      "back up every hour or less often, or use data.mode async-replication for a tighter RPO",
    );
  }
  const failover = sites[1];
  const copyTo =
    failover &&
    !failover.external &&
    isCloudProvider(failover.provider) &&
    hasCapability(failover.provider, "backup") &&
    partitionOf(failover) === partitionOf(primary) &&
    failover.region !== primary.region
      ? failover.site
      : null;
  return { kind: "aws-backup", site: primary.site, copyTo, schedule };
}
