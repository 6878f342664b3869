import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();
const replicas = config.requireNumber("replicas");
const evacuate = new pulumi.Config("relais").get("evacuate");

const primary = new aws.Provider("paris", { region: "eu-west-3" });
const group = new aws.autoscaling.Group(
  "web",
  { desiredCapacity: evacuate === "paris" ? 0 : replicas, minSize: 0, maxSize: 4, availabilityZones: ["eu-west-3a"] },
  { provider: primary },
);
const check = new aws.route53.HealthCheck("web-check", { type: "HTTPS", fqdn: "web.example.com", port: 443 });
new aws.route53.Record("web-record", {
  zoneId: "Z123",
  name: "web.example.com",
  type: "CNAME",
  ttl: 60,
  records: ["web.paris.example.com"],
  healthCheckId: check.id,
  setIdentifier: "paris",
  failoverRoutingPolicies: [{ type: evacuate === "paris" ? "SECONDARY" : "PRIMARY" }],
});
if (evacuate !== "paris") new aws.sns.Topic("alerts", { name: "alerts" });
if (evacuate === "paris") new aws.sns.Topic("evacuation-alerts", { name: "evacuation-alerts" });

export const password = config.requireSecret("dbPassword");
export const groupName = group.name;
