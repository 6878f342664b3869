import * as aws from "@pulumi/aws";

// Tagged as a Relais component would tag them, but built by hand without the secure defaults.
const tags = { "relais:service": "api", "relais:tier": "critical", "relais:site": "paris", "relais:role": "primary" };
const paris = new aws.Provider("paris", { region: "eu-west-3" });
const virginia = new aws.Provider("virginia", { region: "us-east-1" });

new aws.s3.Bucket("api-data", { tags }, { provider: paris });
new aws.ec2.Instance("api-vm", { ami: "ami-1", instanceType: "t3.micro", tags }, { provider: paris });
new aws.sns.Topic("alerts", { tags }, { provider: virginia });
new aws.route53.Record("api-record", {
  zoneId: "Z123",
  name: "api.example.com",
  type: "CNAME",
  ttl: 60,
  records: ["api.paris.example.com"],
  setIdentifier: "primary",
  failoverRoutingPolicies: [{ type: "PRIMARY" }],
});
