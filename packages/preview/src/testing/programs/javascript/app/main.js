// A JavaScript program whose entry is found through Pulumi.yaml `main` and the package.json `main` there.
const aws = require("@pulumi/aws");
const pulumi = require("@pulumi/pulumi");

module.exports = async () => {
  const config = new pulumi.Config();
  const count = config.requireNumber("bucketCount");
  const prefix = config.require("prefix");
  const names = [];
  for (let index = 0; index < count; index++) {
    const bucket = new aws.s3.Bucket(`${prefix}-${index}`, { tags: { "relais:role": "shared" } });
    names.push(bucket.bucket);
  }
  return { buckets: names };
};
