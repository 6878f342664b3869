// Agence des Démarches on 3DS Outscale's SecNumCloud region (cloudgouv-eu-west-1): the online procedures run in
// subregion a with a warm standby in subregion b (instances whose states the evacuation flips), the civil-status
// registry runs in subregion c and is restored, if need be, in the agency's Lyon colocation room (an external
// workload), and the crisis cell's plan vault sits in subregion c. Everything comes from continuity.yaml.
// `relais preview` runs this program offline; `--evacuate osc-gov-a` shows what a planned evacuation would change.

import * as pulumi from "@pulumi/pulumi";
import { ContinuityPlan, CrisisCell, ExternalWorkload, FailoverService } from "@relais/aws";

const config = new pulumi.Config();
const relaisConfig = new pulumi.Config("relais");

/** Where the instances run in each subregion: image, Net (VPC) and subnets. */
interface Subregion {
  imageId: string;
  vpcId: string;
  subnetIds: string[];
}
const subregions = config.requireObject<Record<"osc-gov-a" | "osc-gov-b" | "osc-gov-c", Subregion>>("subregions");

// No secret in user data: Outscale's metadata service has no token protection (the components refuse a secret
// there). The bootstrap fetches its credentials from the agency's vault over the private network.
const userData = "#!/bin/sh\n/opt/agence/bootstrap --vault https://coffre.demarches.example.gouv.fr\n";

// What Outscale's AWS-compatible APIs cannot express, acknowledged with the measure that stands in for it.
const compute = (site: string) => [
  {
    site,
    capability: "imdsv2" as const,
    reason: "FCU has no token-protected metadata; the images block 169.254.169.254 to non-root users",
  },
  {
    site,
    capability: "ebsEncryption" as const,
    reason: "FCU takes no encryption flag; the images encrypt their data volumes with LUKS, keys in the agency HSM",
  },
];
const acceptRisks = [
  ...compute("osc-gov-a"),
  ...compute("osc-gov-b"),
  ...compute("osc-gov-c"),
  {
    site: "osc-gov-c",
    capability: "s3PublicAccessBlock" as const,
    reason: "OOS has no public access block; the plan vault is private by ACL, TLS-only by policy and Object-Locked",
  },
  {
    site: "osc-gov-c",
    capability: "backupSchedule" as const,
    reason: "Outscale has no managed backup: the agency's scheduler snapshots the tagged volumes every night",
  },
];

const plan = new ContinuityPlan("agence", {
  policy: relaisConfig.get("policy") ?? "continuity.yaml",
  acceptRisks,
});

// The plan vault on a qualified subregion that serves no customer traffic; no SNS on Outscale, so no topic: the
// crisis cell is reached over its own channels (continuity.yaml).
new CrisisCell("crisis", { plan, vaultSite: "osc-gov-c", topicSite: false });

// Online procedures: 3 instances running in subregion a, 3 in subregion b of which 1 runs and 2 are stopped until
// an evacuation (or `relais failover`) starts them. The application replicates its database itself.
export const demarches = new FailoverService("demarches", {
  plan,
  service: "demarches",
  sites: {
    "osc-gov-a": { ...subregions["osc-gov-a"], userData },
    "osc-gov-b": { ...subregions["osc-gov-b"], userData },
  },
  data: { storage: "application" },
}).serviceId;

// The civil-status registry: one instance in subregion c, nightly snapshots, restored in Lyon when c is lost.
const lyon = new ExternalWorkload("etat-civil-lyon", {
  plan,
  service: "etat-civil",
  site: "colo-lyon",
  endpoint: { address: "etat-civil.colo-lyon.demarches.example.gouv.fr", port: 443, path: "/sante" },
});
export const etatCivil = new FailoverService("etat-civil", {
  plan,
  service: "etat-civil",
  sites: { "osc-gov-c": { ...subregions["osc-gov-c"], userData }, "colo-lyon": lyon },
}).serviceId;

// The stack output `relais` is the manifest `relais check` and `relais failover` read for a deployed stack.
export const relais = plan.manifest;
