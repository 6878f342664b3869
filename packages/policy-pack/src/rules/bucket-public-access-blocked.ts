import { isTrue, refersTo } from "../resources";
import { secureDefaultRule } from "../secure-default";

const BLOCKS = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"] as const;

/** Every bucket has a public access block with its four settings on. */
export const bucketPublicAccessBlocked = secureDefaultRule({
  name: "relais-bucket-public-access-blocked",
  description:
    "Every bucket has an S3 public access block with all four settings on, unless the site acknowledges `s3PublicAccessBlock` in acceptRisks.",
  capability: "s3PublicAccessBlock",
  check: (resource, resources) => {
    if (resource.type !== "aws:s3/bucket:Bucket") return null;
    const block = resources.find(
      (other) =>
        other.type === "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock" && refersTo(other, "bucket", resource),
    );
    if (!block) return "no public access block for the bucket";
    const off = BLOCKS.filter((setting) => !isTrue(block.props[setting]));
    return off.length === 0 ? null : `its public access block leaves ${off.join(", ")} off`;
  },
});
