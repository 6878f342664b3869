// Rhein Gesundheitskasse on the AWS European Sovereign Cloud (partition aws-eusc, region eusc-de-east-1): the claims
// portal runs in zone a with a warm standby in zone b (Auto Scaling groups, Route 53 failover records with health
// checks, S3 replication between the zones), and the document archive is backed up daily by AWS Backup. Everything
// comes from continuity.yaml. `relais preview` runs this program offline; `--evacuate eusc-a` shows what a planned
// evacuation of zone a would change.

import * as pulumi from "@pulumi/pulumi";
import { ContinuityPlan, CrisisCell, FailoverService } from "@relais/aws";

const config = new pulumi.Config();
const relaisConfig = new pulumi.Config("relais");

/** Where each zone's instances run: image, VPC and subnets. */
interface Zone {
  imageId: string;
  vpcId: string;
  subnetIds: string[];
}
const zones = config.requireObject<Record<"eusc-a" | "eusc-b", Zone>>("zones");

// The partition has one region so far, and AWS Backup copies never leave a partition: a copy "to another region"
// does not exist yet. Rather than copying silently to a commercial AWS region (outside the sovereign cloud, which
// the data class forbids), the stack acknowledges it; the region-loss scenario shows what that costs.
const acceptRisks = (["eusc-a", "eusc-b"] as const).map((site) => ({
  site,
  capability: "backupCopy" as const,
  reason: "aws-eusc has one region (eusc-de-east-1); the archive's restores are rehearsed in zone b instead",
}));

const plan = new ContinuityPlan("rhein-gk", {
  policy: relaisConfig.get("policy") ?? "continuity.yaml",
  acceptRisks,
});

// Alerts go to the crisis cell; the plan vault lives in zone b, away from the portal's primary zone.
const crisisCell = new CrisisCell("crisis", { plan, vaultSite: "eusc-b", topicSite: "eusc-a" });

// The portal: Auto Scaling group per zone (4 running in zone a, 1 standby in zone b that grows to 4 under
// traffic), failover records keyed by role, health checks every 10 s, case files replicated between the zones.
export const portal = new FailoverService("portal", {
  plan,
  service: "claims-portal",
  sites: {
    "eusc-a": { ...zones["eusc-a"], endpoint: "portal.eusc-a.rhein-gk.example" },
    "eusc-b": { ...zones["eusc-b"], endpoint: "portal.eusc-b.rhein-gk.example" },
  },
  dns: { hostedZoneId: config.require("hostedZoneId"), recordName: "portal.rhein-gk.example" },
  crisisCell,
}).serviceId;

// The archive: one instance in zone a, restored from its daily AWS Backup recovery points in zone b.
export const archive = new FailoverService("archive", {
  plan,
  service: "document-archive",
  sites: { "eusc-a": zones["eusc-a"], "eusc-b": zones["eusc-b"] },
  crisisCell,
}).serviceId;

// The stack output `relais` is the manifest `relais check` and `relais failover` read for a deployed stack.
export const relais = plan.manifest;
