import { Plan, Selection, Vault } from "@pulumi/aws/backup";
import { Snapshot } from "@pulumi/aws/ebs";
import type { Instance } from "@pulumi/aws/ec2";
import { Role, RolePolicyAttachment } from "@pulumi/aws/iam";
import type * as pulumi from "@pulumi/pulumi";
import { managedPolicyArn } from "../arn";
import type { PlanSite } from "../components/continuity-plan";
import type { BackupSchedule } from "../planning/backup-schedule";

/** What the AWS Backup resources need. */
export interface BackupSpec {
  service: string;
  site: PlanSite;
  copyTo: PlanSite | null;
  schedule: BackupSchedule;
  retentionDays: number;
  /** Tags of the primary site's resources; recovery points carry them too. */
  tags: Record<string, string>;
  /** Tags for the copy vault at the failover site. */
  copyTags: Record<string, string>;
}

/**
 * An AWS Backup vault and plan at the primary, the schedule from `data.every`, recovery points tagged like the
 * service, a copy to a vault in the failover site's region, and a selection of the resources tagged with the
 * service and the primary site. The role trusts AWS Backup only and carries AWS's backup and restore
 * service-role policies, in the site's partition.
 */
export function createAwsBackup(name: string, spec: BackupSpec, opts: pulumi.CustomResourceOptions): Plan {
  const options = { ...opts, provider: spec.site.provider };
  const partition = spec.site.partition ?? "aws";
  // Vaults hold the recovery points: protected, so a refactoring of the program cannot delete them.
  const protect = opts.protect ?? true;
  const vault = new Vault(`${name}-vault`, { tags: spec.tags }, { ...options, protect });
  const copyVault = spec.copyTo
    ? new Vault(`${name}-copy-vault`, { tags: spec.copyTags }, { ...opts, provider: spec.copyTo.provider, protect })
    : undefined;
  const lifecycle = { deleteAfter: spec.retentionDays };
  const plan = new Plan(
    `${name}-plan`,
    {
      rules: [
        {
          ruleName: `relais-${spec.service}`,
          targetVaultName: vault.name,
          schedule: spec.schedule.expression,
          lifecycle,
          recoveryPointTags: spec.tags,
          copyActions: copyVault ? [{ destinationVaultArn: copyVault.arn, lifecycle }] : [],
        },
      ],
      tags: spec.tags,
    },
    options,
  );
  const role = new Role(
    `${name}-role`,
    {
      description: `Relais: AWS Backup of ${spec.service} at ${spec.site.id}`,
      assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: { Service: "backup.amazonaws.com" }, Action: "sts:AssumeRole" }],
      }),
      tags: spec.tags,
    },
    options,
  );
  const policies = ["AWSBackupServiceRolePolicyForBackup", "AWSBackupServiceRolePolicyForRestores"];
  for (const policy of policies) {
    new RolePolicyAttachment(
      `${name}-role-${policy === policies[0] ? "backup" : "restore"}`,
      { role: role.name, policyArn: managedPolicyArn(partition, `service-role/${policy}`) },
      options,
    );
  }
  new Selection(
    `${name}-selection`,
    {
      planId: plan.id,
      iamRoleArn: role.arn,
      resources: ["*"],
      conditions: [
        {
          stringEquals: [
            { key: "aws:ResourceTag/relais:service", value: spec.service },
            { key: "aws:ResourceTag/relais:site", value: spec.site.id },
          ],
        },
      ],
    },
    options,
  );
  return plan;
}

/**
 * Where AWS Backup is missing (Outscale): one snapshot of each instance's root volume at deployment, tagged like
 * the service and with `relais:snapshot-every` (the policy's interval, seconds) for a scheduler outside the stack
 * that takes the next ones; the stack itself schedules nothing (an acknowledged risk).
 */
export function createSnapshots(
  name: string,
  instances: readonly Instance[],
  every: number,
  tags: Record<string, string>,
  opts: pulumi.CustomResourceOptions,
): Snapshot[] {
  return instances.map(
    (instance, index) =>
      new Snapshot(
        `${name}-snapshot-${index}`,
        {
          volumeId: instance.rootBlockDevice.volumeId,
          description: `Relais: ${tags["relais:service"]} at ${tags["relais:site"]}, every ${every}s`,
          tags: { ...tags, "relais:snapshot-every": String(every) },
        },
        opts,
      ),
  );
}
