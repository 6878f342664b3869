import { basePolicy } from "@relais/test-support";
import type { Inputs } from "./harness";

/**
 * A small policy with one site of each kind a component meets: AWS (two regions), the European Sovereign
 * Cloud, two Outscale zones, an on-premises room and an office, and one service per strategy.
 */
export function componentPolicy(): Inputs {
  const policy = basePolicy() as Inputs;
  policy.metadata = { name: "fixture", owner: "ops@example.com" };
  policy.tiers = {
    critical: { rto: "15m", rpo: "1m", mtpd: "4h", minSites: 1, siteSeparation: "zone" },
    standard: { rto: "1d", rpo: "1d", mtpd: "5d" },
  };
  policy.sites = {
    "aws-paris": { provider: "aws", region: "eu-west-3", jurisdiction: "FR" },
    "aws-frankfurt": { provider: "aws", region: "eu-central-1", jurisdiction: "DE" },
    eusc: { provider: "aws-eusc", region: "eusc-de-east-1", jurisdiction: "DE" },
    "osc-a": { provider: "outscale", region: "eu-west-2", zone: "eu-west-2a", jurisdiction: "FR" },
    "osc-b": { provider: "outscale", region: "eu-west-2", zone: "eu-west-2b", jurisdiction: "FR" },
    dc: { provider: "on-premises", location: "Vélizy", jurisdiction: "FR" },
    hq: { provider: "office", location: "Vélizy", jurisdiction: "FR", staff: 100 },
  };
  const dns = { healthCheck: { interval: "10s", failureThreshold: 3 }, ttl: "60s" };
  policy.services = {
    api: {
      tier: "critical",
      strategy: "warm-standby",
      sites: ["aws-paris", "aws-frankfurt"],
      capacity: { required: 4, standby: 1, scaleUp: "4m" },
      traffic: { method: "dns-failover", ...dns },
      data: { mode: "async-replication", lag: "30s" },
    },
  };
  policy.crisisCell = {
    assembleWithin: "30m",
    roles: [
      {
        role: "crisis-director",
        primary: "Jane Doe",
        deputy: "John Roe",
        email: "crisis@example.com",
        phone: "+33 1 00 00 00 01",
      },
      { role: "communications", primary: "Ana Lima", deputy: "Marc Petit" },
    ],
  };
  return policy;
}

/** The fixture policy with its `services` replaced. */
export function withServices(services: Record<string, unknown>): Inputs {
  return { ...componentPolicy(), services };
}

/** Workload settings for a cloud site, with ids derived from the site so assertions can tell sites apart. */
export function workload(site: string, extra: Record<string, unknown> = {}): Inputs {
  return {
    imageId: `ami-${site}`,
    vpcId: `vpc-${site}`,
    subnetIds: [`subnet-${site}-1`, `subnet-${site}-2`],
    endpoint: `${site}.origin.example`,
    ...extra,
  };
}

/**
 * What a stack on Outscale sites must acknowledge (FCU has no IMDSv2 option or volume encryption flag, OOS no public
 * access block or backup schedule): `acceptRisks` entries for each site.
 */
export function outscaleRisks(...sites: string[]): Array<{ site: string; capability: string; reason: string }> {
  const capabilities = ["imdsv2", "ebsEncryption", "s3PublicAccessBlock", "backupSchedule"];
  return sites.flatMap((site) =>
    capabilities.map((capability) => ({ site, capability, reason: `fixture: ${capability} accepted at ${site}` })),
  );
}
