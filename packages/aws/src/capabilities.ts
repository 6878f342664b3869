import type { ProviderName } from "@relais/policy";
import { ComponentError } from "./errors";

/**
 * What a site's provider can do through the AWS-compatible APIs the components use. The components pick a fallback
 * where one exists (instances instead of Auto Scaling, snapshots instead of AWS Backup) and throw a construction
 * error where none does (Route 53 records on Outscale, S3 replication out of OOS).
 */
export const CAPABILITIES = {
  compute: "EC2-compatible instances (RunInstances)",
  autoscaling: "Auto Scaling groups",
  launchTemplates: "EC2 launch templates",
  imdsv2: "IMDSv2 (token-required instance metadata)",
  ebsEncryption: "encrypted block volumes requested through the API",
  elb: "load balancers through the classic ELB API",
  loadBalancerAlias: "Route 53 alias records to its load balancers",
  route53: "Route 53 health checks and records",
  cloudwatch: "CloudWatch alarms",
  sns: "SNS topics and subscriptions",
  backup: "AWS Backup plans and vaults",
  snapshots: "volume snapshots",
  s3: "S3-compatible buckets",
  s3Versioning: "bucket versioning",
  s3Encryption: "default bucket encryption",
  s3PublicAccessBlock: "the S3 public access block",
  s3Replication: "S3 bucket replication",
  iam: "IAM roles and policies",
  resiliencehub: "AWS Resilience Hub policies",
} as const;

export type Capability = keyof typeof CAPABILITIES;

const ALL = Object.keys(CAPABILITIES) as Capability[];

/**
 * The capability table. Outscale: FCU (EC2), LBU (classic ELB), OOS (S3, without replication or the public access
 * block) and EIM (IAM); no Auto Scaling, launch templates, Route 53, CloudWatch, SNS, AWS Backup or Resilience Hub.
 * On-premises and colocation sites have no provider: they host `ExternalWorkload`s only. Offices host people.
 */
export const PROVIDER_CAPABILITIES: Readonly<Record<ProviderName, readonly Capability[]>> = {
  aws: ALL,
  "aws-eusc": ALL,
  outscale: ["compute", "elb", "snapshots", "s3", "s3Versioning", "s3Encryption", "iam"],
  "on-premises": [],
  colocation: [],
  office: [],
};

/** True when sites of this provider offer the capability. */
export function hasCapability(provider: ProviderName, capability: Capability): boolean {
  return PROVIDER_CAPABILITIES[provider].includes(capability);
}

/** What a component asks of a site, for the error message. */
export interface CapabilityRequest {
  /** `FailoverService "payments"`. */
  component: string;
  site: string;
  provider: ProviderName;
  capability: Capability;
  /** Why it is needed: `for the DNS failover records of payments-api`. */
  purpose: string;
  /** How to fix it. */
  hint: string;
}

/** Throws a construction error naming the site and the capability when the site's provider lacks it. */
export function requireCapability(request: CapabilityRequest): void {
  if (hasCapability(request.provider, request.capability)) return;
  throw new ComponentError(
    request.component,
    `site ${request.site} (${request.provider}) has no ${request.capability} capability (${CAPABILITIES[request.capability]}), needed ${request.purpose}.`,
    request.hint,
  );
}

/** The capability table as Markdown, for docs/components.md (a test keeps the docs in sync). */
export function capabilityTableMarkdown(): string {
  const providers: ProviderName[] = ["aws", "aws-eusc", "outscale", "on-premises", "colocation"];
  const lines = [
    `| capability | ${providers.join(" | ")} |`,
    `|---|${providers.map(() => "---").join("|")}|`,
    ...ALL.map(
      (capability) =>
        `| \`${capability}\`: ${CAPABILITIES[capability]} | ${providers
          .map((provider) => (hasCapability(provider, capability) ? "yes" : "no"))
          .join(" | ")} |`,
    ),
  ];
  return lines.join("\n");
}
