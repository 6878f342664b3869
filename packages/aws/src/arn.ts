/**
 * ARNs the components build themselves. The partition always comes from the site (`partitionOf`), never a
 * literal `arn:aws:`, so the same code serves AWS, the European Sovereign Cloud (`arn:aws-eusc:`) and Outscale.
 */
export function arn(partition: string, service: string, region: string, account: string, resource: string): string {
  return `arn:${partition}:${service}:${region}:${account}:${resource}`;
}

/** `arn:<partition>:s3:::<bucket>`. */
export function bucketArn(partition: string, bucket: string): string {
  return arn(partition, "s3", "", "", bucket);
}

/** An AWS managed policy: `arn:<partition>:iam::aws:policy/<path>`. */
export function managedPolicyArn(partition: string, path: string): string {
  return arn(partition, "iam", "", "aws", `policy/${path}`);
}
