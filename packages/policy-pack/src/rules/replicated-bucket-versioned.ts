import type { StackValidationPolicy } from "@pulumi/policy";
import { refersTo } from "../resources";

const REPLICATION = "aws:s3/bucketReplicationConfig:BucketReplicationConfig";
const VERSIONING = ["aws:s3/bucketVersioning:BucketVersioning", "aws:s3/bucketVersioningV2:BucketVersioningV2"];

/** S3 replicates only versioned buckets: a replication without versioning fails at deployment, or loses history. */
export const replicatedBucketVersioned: StackValidationPolicy = {
  name: "relais-replicated-bucket-versioned",
  description: "A bucket with a replication configuration has versioning enabled.",
  enforcementLevel: "mandatory",
  validateStack: (args, reportViolation) => {
    const buckets = args.resources.filter((resource) => resource.type === "aws:s3/bucket:Bucket");
    for (const replication of args.resources.filter((resource) => resource.type === REPLICATION)) {
      const bucket = buckets.find((candidate) => refersTo(replication, "bucket", candidate));
      if (!bucket) continue; // a bucket outside the stack: its versioning is not visible here
      const versioned = args.resources.some(
        (resource) =>
          VERSIONING.includes(resource.type) &&
          refersTo(resource, "bucket", bucket) &&
          resource.props.versioningConfiguration?.status === "Enabled",
      );
      if (!versioned) {
        reportViolation(
          `bucket ${bucket.name} is replicated by ${replication.name} but has no versioning with status Enabled: add an aws.s3.BucketVersioning for it`,
          bucket.urn,
        );
      }
    }
  },
};
