import { res, run, tags } from "../testing/stack";
import { replicatedBucketVersioned } from "./replicated-bucket-versioned";

const bucket = res("aws:s3/bucket:Bucket", "data", { tags: tags("api", "a") });
const replication = res(
  "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
  "data-replication",
  {},
  {
    dependsOn: { bucket: [bucket] },
  },
);

function versioning(status: string) {
  return res(
    "aws:s3/bucketVersioning:BucketVersioning",
    "data-versioning",
    {
      versioningConfiguration: { status },
    },
    { dependsOn: { bucket: [bucket] } },
  );
}

describe("relais-replicated-bucket-versioned", () => {
  it("accepts a replicated bucket with versioning enabled", async () => {
    expect(await run(replicatedBucketVersioned, [bucket, versioning("Enabled"), replication])).toEqual([]);
  });

  it("reports a replicated bucket without versioning, or with versioning suspended", async () => {
    for (const resources of [
      [bucket, replication],
      [bucket, versioning("Suspended"), replication],
    ]) {
      const violations = await run(replicatedBucketVersioned, resources);
      expect(violations).toEqual([expect.objectContaining({ urn: bucket.urn })]);
      expect(violations[0].message).toContain("bucket data is replicated by data-replication but has no versioning");
    }
  });
});
