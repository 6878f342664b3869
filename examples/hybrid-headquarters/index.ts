// Hybrid Headquarters: the company's own datacenter in Vélizy serves its customers, 3DS Outscale's SecNumCloud
// region stands by, Route 53 (AWS Paris) switches traffic, and the crisis cell is alerted. Everything comes from
// continuity.yaml: the sites, the strategies, the health checks, the capacities. `relais preview` runs this
// program offline and rehearses disruptions on what it deploys; `--evacuate dc-velizy` shows what a planned
// evacuation of the datacenter would change.

import * as pulumi from "@pulumi/pulumi";
import { ContinuityPlan, CrisisCell, ExternalWorkload, FailoverService } from "@relais/aws";

const config = new pulumi.Config();
const relaisConfig = new pulumi.Config("relais");

/** Where the standby runs on Outscale: image, Net (VPC) and subnets of each SecNumCloud zone. */
interface OutscaleZone {
  imageId: string;
  vpcId: string;
  subnetIds: string[];
}
const outscale = config.requireObject<Record<"osc-gov-a" | "osc-gov-b", OutscaleZone>>("outscale");
// No secret in user data: Outscale's metadata service has no token protection, so any process on the VM could read
// it (the components refuse a secret there). The bootstrap fetches its credentials from the company's vault.
const userData = "#!/bin/sh\n/opt/hq/bootstrap --vault https://vault.hybrid-hq.example\n";

// What Outscale cannot give through the AWS API, acknowledged with the reason the company accepts it.
const outscaleCompute = (site: string) => [
  {
    site,
    capability: "imdsv2" as const,
    reason:
      "FCU has no token-protected metadata; the images firewall 169.254.169.254 to root and user data holds no secret",
  },
  {
    site,
    capability: "ebsEncryption" as const,
    reason: "FCU takes no encryption flag; the images encrypt the data volume with LUKS, keys in the company's vault",
  },
];
const acceptRisks = [
  ...outscaleCompute("osc-gov-a"),
  ...outscaleCompute("osc-gov-b"),
  {
    site: "osc-gov-a",
    capability: "s3PublicAccessBlock" as const,
    reason: "OOS has no public access block; the plan vault is private by ACL, TLS-only by policy and Object-Locked",
  },
  {
    site: "osc-gov-b",
    capability: "dataReceiver" as const,
    reason:
      "billing's replica starts with the pilot light; until then its journal queues in the datacenter (lag grows)",
  },
];

// The plan reads the policy the preview reads (config relais:policy, else continuity.yaml) and honours
// relais:evacuate: set it to a site id and every service moves its active role off that site.
const plan = new ContinuityPlan("hq", { policy: relaisConfig.get("policy") ?? "continuity.yaml", acceptRisks });

// Alerts go to the crisis cell's roles; the plan vault lives on Outscale, readable when the offices are not.
// Route 53 health-check alarms live in us-east-1, so the topic does too.
const crisisCell = new CrisisCell("crisis", {
  plan,
  vaultSite: "osc-gov-a",
  topicSite: "aws-paris",
  topicRegion: "us-east-1",
});

const dns = { hostedZoneId: config.require("hostedZoneId"), site: "aws-paris" };

// The customer portal: primary in the datacenter (an external workload: the stack only watches it), warm standby
// on Outscale zone a, failover DNS records with health checks.
const portalDatacenter = new ExternalWorkload("portal-datacenter", {
  plan,
  service: "customer-portal",
  site: "dc-velizy",
  endpoint: { address: "portal.dc-velizy.hybrid-hq.example", port: 443, path: "/health" },
  crisisCell,
});
export const portal = new FailoverService("portal", {
  plan,
  service: "customer-portal",
  sites: {
    "dc-velizy": portalDatacenter,
    "osc-gov-a": { ...outscale["osc-gov-a"], userData, endpoint: "portal.osc-gov-a.hybrid-hq.example" },
  },
  dns: { ...dns, recordName: "portal.hybrid-hq.example" },
  // The portal's database replicates itself from the datacenter to Outscale (30 s lag, as the policy says).
  data: { storage: "application" },
  crisisCell,
}).serviceId;

// Billing: primary in the datacenter, pilot light on Outscale zone b, switched by the crisis cell (manual).
const billingDatacenter = new ExternalWorkload("billing-datacenter", {
  plan,
  service: "billing",
  site: "dc-velizy",
  endpoint: { address: "billing.dc-velizy.hybrid-hq.example", port: 443, path: "/health" },
});
export const billing = new FailoverService("billing", {
  plan,
  service: "billing",
  sites: { "dc-velizy": billingDatacenter, "osc-gov-b": { ...outscale["osc-gov-b"], userData } },
  data: { storage: "application" },
  crisisCell,
}).serviceId;

// The stack output `relais` is the manifest `relais check` reads for a deployed stack.
export const relais = plan.manifest;
