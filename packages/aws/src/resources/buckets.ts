import { Role, RolePolicy } from "@pulumi/aws/iam";
import {
  Bucket,
  BucketAcl,
  BucketObjectLockConfiguration,
  BucketOwnershipControls,
  BucketPolicy,
  BucketPublicAccessBlock,
  BucketReplicationConfig,
  BucketServerSideEncryptionConfiguration,
  BucketVersioning,
} from "@pulumi/aws/s3";
import * as pulumi from "@pulumi/pulumi";
import { bucketArn } from "../arn";
import type { PlanSite } from "../components/continuity-plan";
import { S3_REPLICATION_LAG } from "../planning/data";

/** A bucket with its versioning (replication and the plan vault wait on it). */
export interface SecureBucket {
  bucket: Bucket;
  versioning: BucketVersioning;
  /** `arn:<partition>:s3:::<name>`, built from the site's partition. */
  arn: pulumi.Output<string>;
}

/** Object Lock for a bucket that holds records nobody may erase (the plan vault): retention of each object version. */
export interface BucketLock {
  /** Days each new object version is kept in COMPLIANCE mode (the only mode Outscale OOS offers). */
  retentionDays: number;
}

/**
 * A private, versioned, encrypted bucket on a site, `protect`ed against deletion by the IaC engine: versioning,
 * default encryption (SSE-S3, AES-256), a bucket policy denying requests that do not use TLS, and either the public
 * access block with bucket-owner-enforced ownership (AWS, European Sovereign Cloud) or a private ACL (Outscale OOS
 * has no public access block; its buckets are private unless an ACL says otherwise). With `lock`, Object Lock is
 * enabled when the bucket is created, with a default retention.
 */
export function createSecureBucket(
  name: string,
  site: PlanSite,
  tags: Record<string, string>,
  forceDestroy: boolean,
  opts: pulumi.CustomResourceOptions,
  lock?: BucketLock,
): SecureBucket {
  const options = { ...opts, provider: site.provider };
  const bucket = new Bucket(
    name,
    { forceDestroy, tags, ...(lock ? { objectLockEnabled: true } : {}) },
    { ...options, protect: opts.protect ?? true },
  );
  const versioning = new BucketVersioning(
    `${name}-versioning`,
    { bucket: bucket.bucket, versioningConfiguration: { status: "Enabled" } },
    options,
  );
  new BucketServerSideEncryptionConfiguration(
    `${name}-encryption`,
    { bucket: bucket.bucket, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }] },
    options,
  );
  if (site.has("s3PublicAccessBlock")) {
    new BucketPublicAccessBlock(
      `${name}-public-access`,
      {
        bucket: bucket.bucket,
        blockPublicAcls: true,
        blockPublicPolicy: true,
        ignorePublicAcls: true,
        restrictPublicBuckets: true,
      },
      options,
    );
    new BucketOwnershipControls(
      `${name}-ownership`,
      { bucket: bucket.bucket, rule: { objectOwnership: "BucketOwnerEnforced" } },
      options,
    );
  } else {
    new BucketAcl(`${name}-acl`, { bucket: bucket.bucket, acl: "private" }, options);
  }
  const partition = site.partition ?? "aws";
  const arn = bucket.bucket.apply((bucketName) => bucketArn(partition, bucketName));
  new BucketPolicy(`${name}-tls-only`, { bucket: bucket.bucket, policy: denyInsecureTransport(arn) }, options);
  if (lock) {
    new BucketObjectLockConfiguration(
      `${name}-lock`,
      {
        bucket: bucket.bucket,
        objectLockEnabled: "Enabled",
        rule: { defaultRetention: { mode: "COMPLIANCE", days: lock.retentionDays } },
      },
      { ...options, dependsOn: [versioning] },
    );
  }
  return { bucket, versioning, arn };
}

/** A bucket policy that denies every request made without TLS (`aws:SecureTransport` false). */
function denyInsecureTransport(arn: pulumi.Output<string>): pulumi.Output<string> {
  return pulumi.jsonStringify({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "DenyInsecureTransport",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [arn, pulumi.interpolate`${arn}/*`],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      },
    ],
  });
}

/**
 * S3 replication from a source bucket to each destination, with a role that may only read the source's
 * versions and replicate into the destinations. Replication Time Control bounds the lag (15 minutes for
 * 99.99% of objects) and publishes its metrics; delete markers replicate too.
 */
export function createReplication(
  name: string,
  source: { site: PlanSite; bucket: SecureBucket },
  destinations: ReadonlyArray<{ site: string; bucket: SecureBucket }>,
  tags: Record<string, string>,
  opts: pulumi.CustomResourceOptions,
): { role: Role; configuration: BucketReplicationConfig } {
  const options = { ...opts, provider: source.site.provider };
  const role = new Role(
    `${name}-role`,
    {
      description: `Relais: S3 replication of ${tags["relais:service"]} from ${source.site.id}`,
      assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: { Service: "s3.amazonaws.com" }, Action: "sts:AssumeRole" }],
      }),
      tags,
    },
    options,
  );
  const destinationArns = destinations.map((destination) => destination.bucket.arn);
  new RolePolicy(
    `${name}-policy`,
    {
      role: role.id,
      policy: pulumi.jsonStringify({
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Action: ["s3:GetReplicationConfiguration", "s3:ListBucket"],
            Resource: [source.bucket.arn],
          },
          {
            Effect: "Allow",
            Action: ["s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"],
            Resource: [pulumi.interpolate`${source.bucket.arn}/*`],
          },
          {
            Effect: "Allow",
            Action: ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"],
            Resource: destinationArns.map((arn) => pulumi.interpolate`${arn}/*`),
          },
        ],
      }),
    },
    options,
  );
  const configuration = new BucketReplicationConfig(
    `${name}-config`,
    {
      bucket: source.bucket.bucket.bucket,
      role: role.arn,
      rules: destinations.map((destination, index) => ({
        id: `to-${destination.site}`,
        priority: index + 1,
        status: "Enabled",
        filter: {},
        deleteMarkerReplication: { status: "Enabled" },
        destination: {
          bucket: destination.bucket.arn,
          replicationTime: { status: "Enabled", time: { minutes: S3_REPLICATION_LAG / 60 } },
          metrics: { status: "Enabled", eventThreshold: { minutes: S3_REPLICATION_LAG / 60 } },
        },
      })),
    },
    {
      ...options,
      dependsOn: [source.bucket.versioning, ...destinations.map((destination) => destination.bucket.versioning)],
    },
  );
  return { role, configuration };
}
