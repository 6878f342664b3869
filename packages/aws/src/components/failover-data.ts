import type { Plan } from "@pulumi/aws/backup";
import type { Snapshot } from "@pulumi/aws/ebs";
import type { Instance } from "@pulumi/aws/ec2";
import type * as pulumi from "@pulumi/pulumi";
import type { ServiceSpec } from "@relais/policy";
import { type Acknowledge, type DataPlan, type DataStorage, planData } from "../planning/data";
import { createAwsBackup, createSnapshots } from "../resources/backup";
import { createReplication, createSecureBucket, type SecureBucket } from "../resources/buckets";
import type { ServiceSite } from "./failover-sites";

/** The data resources of a service. */
export interface BuiltData {
  buckets: Record<string, SecureBucket>;
  backupPlan: Plan | undefined;
  snapshots: Snapshot[];
}

/** Plans the data resources of a service from its sites (see `planData`); throws what a site cannot serve. */
export function planServiceData(
  component: string,
  serviceId: string,
  service: ServiceSpec,
  sites: ReadonlyMap<string, ServiceSite>,
  storage: DataStorage,
  acknowledge: Acknowledge,
): DataPlan {
  const dataSites = service.sites.map((id) => {
    const entry = sites.get(id)!;
    return { site: id, provider: entry.site.spec.provider, region: entry.site.spec.region, external: !!entry.external };
  });
  return planData(component, serviceId, service, dataSites, storage, acknowledge);
}

/** Creates the data resources of a plan. */
export function buildData(
  name: string,
  parent: pulumi.Resource,
  plan: DataPlan,
  service: { id: string; every: number | undefined },
  sites: ReadonlyMap<string, ServiceSite>,
  instances: Readonly<Record<string, Instance[]>>,
  settings: { backupRetentionDays: number; forceDestroy: boolean },
  tagsOf: (site: string) => Record<string, string>,
): BuiltData {
  const built: BuiltData = { buckets: {}, backupPlan: undefined, snapshots: [] };
  const siteOf = (id: string) => sites.get(id)!.site;
  switch (plan.kind) {
    case "buckets": {
      for (const site of plan.sites) {
        built.buckets[site] = createSecureBucket(
          `${name}-${site}-data`,
          siteOf(site),
          tagsOf(site),
          settings.forceDestroy,
          {
            parent,
          },
        );
      }
      for (const pair of plan.replication) {
        createReplication(
          `${name}-${pair.from}-replication`,
          { site: siteOf(pair.from), bucket: built.buckets[pair.from] },
          pair.to.map((site) => ({ site, bucket: built.buckets[site] })),
          tagsOf(pair.from),
          { parent },
        );
      }
      return built;
    }
    case "aws-backup":
      built.backupPlan = createAwsBackup(
        `${name}-${plan.site}-backup`,
        {
          service: service.id,
          site: siteOf(plan.site),
          copyTo: plan.copyTo ? siteOf(plan.copyTo) : null,
          schedule: plan.schedule,
          retentionDays: settings.backupRetentionDays,
          tags: tagsOf(plan.site),
          copyTags: plan.copyTo ? tagsOf(plan.copyTo) : {},
        },
        { parent },
      );
      return built;
    case "snapshots":
      built.snapshots = createSnapshots(
        `${name}-${plan.site}`,
        instances[plan.site] ?? [],
        service.every ?? 0,
        tagsOf(plan.site),
        {
          parent,
          provider: siteOf(plan.site).provider,
        },
      );
      return built;
    case "landing":
      built.buckets[plan.site] = createSecureBucket(
        `${name}-${plan.site}-backups`,
        siteOf(plan.site),
        tagsOf(plan.site),
        settings.forceDestroy,
        { parent },
      );
      return built;
    case "none":
      return built;
  }
}
