import type { ResourceValidationPolicy } from "@pulumi/policy";
import { relaisTagsOf } from "../resources";

/** Types that hold a service's data or its recovery points. */
const DATA_STORES = new Set([
  "aws:s3/bucket:Bucket",
  "aws:s3/bucketV2:BucketV2",
  "aws:backup/vault:Vault",
  "aws:ebs/volume:Volume",
  "aws:rds/instance:Instance",
  "aws:rds/cluster:Cluster",
  "aws:dynamodb/table:Table",
  "aws:efs/fileSystem:FileSystem",
]);

/** A refactoring of the program must not delete a service's data: Relais data stores are `protect`ed. */
export const dataStoreProtected: ResourceValidationPolicy = {
  name: "relais-data-store-protected",
  description:
    "Data stores that carry the relais:* tags (buckets, backup vaults, volumes, databases, file systems) are created with `protect: true`.",
  enforcementLevel: "mandatory",
  validateResource: (args, reportViolation) => {
    if (!DATA_STORES.has(args.type)) return;
    const tags = relaisTagsOf(args.props);
    if (!tags || args.opts.protect) return;
    reportViolation(
      `${args.name} holds data of ${tags.service === "-" ? "the plan" : tags.service} at ${tags.site} but is not protected: a change to the program could delete it. Create it with { protect: true }`,
    );
  },
};
