import type { ManifestService, ProviderName, ServiceSpec } from "@relais/policy";
import { hasCapability } from "../capabilities";
import { ComponentError } from "../errors";
import type { RiskRequest } from "../risks";
import { EUSC_REGION, isCloudProvider, partitionOf } from "../sites";
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

/** S3 Replication Time Control replicates 99.99% of objects within 15 minutes: the lag S3 replication guarantees. */
export const S3_REPLICATION_LAG = 900;

/** The data section of the manifest: the mechanism deployed and what it guarantees. */
export type DeployedData = ManifestService["data"];

/**
 * The data resources of a service, each with what it deploys (`deployed`, for the manifest):
 * - `none`: `data.mode: none` (mechanism `none`), or replication the application runs (`storage: application`,
 *   mechanism `external`: the stack vouches for no lag);
 * - `buckets`: a private, versioned, encrypted bucket per cloud site and S3 replication with Replication Time
 *   Control from each source to each destination (active-active: every site to every other; otherwise the
 *   primary to the failover sites): mode `async-replication`, lag 900 s, whatever the policy hoped;
 * - `aws-backup`: an AWS Backup vault and plan at the primary on the schedule from `every`, copying to a vault
 *   in the failover site's region of the same partition (`copyRegion`);
 * - `snapshots`: where AWS Backup is missing (Outscale), one snapshot of each instance volume at the primary and
 *   no schedule (`every` absent);
 * - `landing`: the primary is external (on-premises): a bucket at the first cloud failover site receives the
 *   backups its owner ships (mechanism `external`).
 * Data follows the policy's site order, not an evacuation: moving it would replace stores that hold data.
 */
export type DataPlan = (
  | { kind: "none" }
  | { kind: "buckets"; sites: string[]; replication: Array<{ from: string; to: string[] }> }
  | { kind: "aws-backup"; site: string; copyTo: string | null; schedule: BackupSchedule }
  | { kind: "snapshots"; site: string }
  | { kind: "landing"; site: string }
) & { deployed: DeployedData };

/** What the planner asks of the plan: that a weaker mechanism be acknowledged (else it throws). */
export type Acknowledge = (request: Omit<RiskRequest, "component">) => void;

/** Plans the data resources (see `DataPlan`); asks each site for the capabilities it needs. */
export function planData(
  component: string,
  serviceId: string,
  service: ServiceSpec,
  sites: readonly DataSite[],
  storage: DataStorage,
  acknowledge: Acknowledge,
): DataPlan {
  const data = service.data;
  if (data.mode === "none") return { kind: "none", deployed: { mode: "none", mechanism: "none", copyRegion: null } };
  const cloud = sites.filter((site) => !site.external && isCloudProvider(site.provider));
  if (data.mode === "backup") return planBackup(component, serviceId, service, sites, cloud, acknowledge);
  if (storage === "application") {
    requireReceiver(serviceId, service, cloud, acknowledge);
    return { kind: "none", deployed: { mode: data.mode, mechanism: "external", copyRegion: null } };
  }
  return planReplication(component, serviceId, service, sites, cloud, acknowledge);
}

/** The application replicates by itself: a pilot-light failover site runs no unit that could receive it. */
function requireReceiver(
  serviceId: string,
  service: ServiceSpec,
  cloud: readonly DataSite[],
  acknowledge: Acknowledge,
): void {
  if (service.strategy !== "pilot-light") return;
  for (const site of cloud.filter((entry) => entry.site !== service.sites[0])) {
    acknowledge({
      site: site.site,
      capability: "dataReceiver",
      problem: `the ${service.data.mode} of ${serviceId} is left to the application, but its pilot-light failover site ${site.site} runs no unit to receive it`,
      fix: `use strategy warm-standby (capacity.standby ≥ 1) for ${serviceId}, or data: { storage: "s3" } on sites with S3 replication`,
    });
  }
}

function planReplication(
  component: string,
  serviceId: string,
  service: ServiceSpec,
  sites: readonly DataSite[],
  cloud: readonly DataSite[],
  acknowledge: Acknowledge,
): DataPlan {
  const mode = service.data.mode;
  const primary = sites[0];
  const hint = `set data: { storage: "application" } when the application replicates its own data (database replication), or place services.${serviceId} on sites with S3 replication`;
  if (primary.external || !isCloudProvider(primary.provider)) {
    throw new ComponentError(
      component,
      `S3 replication for ${mode} cannot start at ${primary.site}, which is ${primary.provider} (an external workload).`,
      hint,
    );
  }
  const sources = service.strategy === "active-active" ? cloud : [primary];
  const replication = sources
    .map((source) => ({ from: source.site, to: cloud.filter((site) => site.site !== source.site) }))
    .filter((pair) => pair.to.length > 0);
  if (replication.length === 0) {
    throw new ComponentError(
      component,
      `S3 replication for the ${mode} of ${serviceId} has no destination: ${primary.site} is its only cloud site.`,
      hint,
    );
  }
  for (const pair of replication) {
    const source = cloud.find((site) => site.site === pair.from)!;
    for (const site of [source, ...pair.to]) {
      if (!hasCapability(site.provider, "s3Replication")) {
        throw new ComponentError(
          component,
          `site ${site.site} (${site.provider}) has no s3Replication capability (S3 bucket replication), needed for the ${mode} of ${serviceId}.`,
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
  if (mode === "sync-replication") {
    acknowledge({
      site: primary.site,
      capability: "syncReplication",
      problem: `the policy asks synchronous replication for ${serviceId}, but S3 replication is asynchronous (99.99% of objects within 15 minutes)`,
      fix: `set data: { storage: "application" } when the application replicates synchronously, or data.mode async-replication with lag ≥ 15m for ${serviceId}`,
    });
  }
  return {
    kind: "buckets",
    sites: cloud.map((site) => site.site),
    replication: replication.map((pair) => ({ from: pair.from, to: pair.to.map((site) => site.site) })),
    deployed: { mode: "async-replication", mechanism: "s3-replication", lag: S3_REPLICATION_LAG, copyRegion: null },
  };
}

function planBackup(
  component: string,
  serviceId: string,
  service: ServiceSpec,
  sites: readonly DataSite[],
  cloud: readonly DataSite[],
  acknowledge: Acknowledge,
): DataPlan {
  const data = service.data as Extract<ServiceSpec["data"], { mode: "backup" }>;
  const restore = data.restoreTime === undefined ? {} : { restoreTime: data.restoreTime };
  const primary = sites[0];
  if (primary.external || !isCloudProvider(primary.provider)) {
    const landing = cloud[0];
    const deployed = { mode: "backup" as const, mechanism: "external" as const, ...restore, copyRegion: null };
    return landing ? { kind: "landing", site: landing.site, deployed } : { kind: "none", deployed };
  }
  if (!hasCapability(primary.provider, "backup")) {
    acknowledge({
      site: primary.site,
      capability: "backupSchedule",
      problem: `site ${primary.site} (${primary.provider}) has no backup schedule (no AWS Backup): the stack takes one snapshot per volume of ${serviceId} at deployment, not one every ${data.every}s`,
      fix: `place ${serviceId}'s primary on an aws or aws-eusc site, or schedule the snapshots outside the stack and acknowledge it`,
    });
    return {
      kind: "snapshots",
      site: primary.site,
      deployed: { mode: "backup", mechanism: "snapshots", ...restore, copyRegion: null },
    };
  }
  const schedule = backupSchedule(data.every);
  if (!schedule) {
    throw new ComponentError(
      component,
      `AWS Backup runs at most once an hour, but services.${serviceId}.data.every is ${data.every}s.`,
      "back up every hour or less often, or use data.mode async-replication for a tighter RPO",
    );
  }
  const copy = copyTarget(primary, sites[1]);
  if (copy.site === null) {
    acknowledge({
      site: primary.site,
      capability: "backupCopy",
      problem: `AWS Backup of ${serviceId} at ${primary.site} cannot copy to another region of partition ${partitionOf(primary)}: ${copy.reason}`,
      fix: copy.fix,
    });
  }
  return {
    kind: "aws-backup",
    site: primary.site,
    copyTo: copy.site?.site ?? null,
    schedule,
    deployed: {
      mode: "backup",
      mechanism: "aws-backup",
      every: schedule.every,
      ...restore,
      copyRegion: copy.site?.region ?? null,
    },
  };
}

/** The failover site backups are copied to: same partition, another region, with AWS Backup; or why there is none. */
function copyTarget(
  primary: DataSite,
  failover: DataSite | undefined,
): { site: DataSite; reason?: never; fix?: never } | { site: null; reason: string; fix: string } {
  if (partitionOf(primary) === "aws-eusc") {
    return {
      site: null,
      reason: `the partition has one region (${EUSC_REGION}), and copies do not leave a partition`,
      fix: "keep a copy by other means (an export to another provider) and acknowledge it",
    };
  }
  const fix = "add a failover site on AWS Backup in another region of the same partition as the service's second site";
  if (!failover) return { site: null, reason: "the service has no failover site", fix };
  const eligible =
    !failover.external &&
    isCloudProvider(failover.provider) &&
    hasCapability(failover.provider, "backup") &&
    partitionOf(failover) === partitionOf(primary);
  if (!eligible) {
    return {
      site: null,
      reason: `its failover site ${failover.site} is ${failover.provider}, outside the partition`,
      fix,
    };
  }
  if (failover.region === primary.region) {
    return { site: null, reason: `its failover site ${failover.site} is in the same region (${primary.region})`, fix };
  }
  return { site: failover };
}
