import { z } from "zod";

/**
 * What a stack may acknowledge in `acceptRisks` instead of getting a construction error: a secure default the
 * site's provider cannot express, or a data mechanism the policy asks for that cannot be built there.
 */
export const RISKS = {
  imdsv2: "instances without token-protected metadata (no IMDSv2 option): any process on them reads the metadata",
  ebsEncryption: "volumes created without an encryption flag (the API has none on this provider)",
  s3PublicAccessBlock:
    "buckets without the S3 public access block (a private ACL and a bucket policy denying plain HTTP apply instead)",
  backupSchedule: "no backup schedule: one snapshot per volume at deployment, later ones taken outside the stack",
  backupCopy: "backups without a copy to another region of the same partition",
  syncReplication: "asynchronous replication (15 minutes for 99.99% of objects) where the policy asks for synchronous",
  dataReceiver: "a failover site with no running unit to receive the application's own replication",
} as const;

export type Risk = keyof typeof RISKS;

/** An acknowledged risk: the site, what it lacks, and why the stack accepts it. */
export const AcceptRiskSchema = z.strictObject({
  site: z.string().min(1),
  capability: z.enum(Object.keys(RISKS) as [Risk, ...Risk[]]),
  reason: z.string().trim().min(10, { error: "say why the risk is accepted (at least 10 characters)" }),
});

export type AcceptRisk = z.output<typeof AcceptRiskSchema>;

/** A risk a component needs acknowledged before it builds something weaker than asked. */
export interface RiskRequest {
  /** `FailoverService "payments"`. */
  component: string;
  site: string;
  capability: Risk;
  /** What is wrong, in the component's words: `site osc-a (outscale) cannot require IMDSv2 on instances of api`. */
  problem: string;
  /** How to avoid the risk instead of acknowledging it. */
  fix: string;
}

/** The construction error's hint: the fix, or the acknowledgement to add. */
export function acknowledgementHint(request: RiskRequest): string {
  return `${request.fix}; or acknowledge it on the ContinuityPlan: acceptRisks: [{ site: "${request.site}", capability: "${request.capability}", reason: "…" }]`;
}
