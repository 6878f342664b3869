import * as pulumi from "@pulumi/pulumi";
import { ContinuityPlan, FailoverService } from "@relais/aws";

const plan = new ContinuityPlan("fx", {
  policy: new pulumi.Config("relais").get("policy") ?? "continuity.yaml",
  resilienceHub: false,
  // batch is a pilot light whose data the application replicates: nothing runs at its failover site to receive it.
  acceptRisks: ["aws-paris", "aws-frankfurt"].map((site) => ({
    site,
    capability: "dataReceiver" as const,
    reason: "fixture: batch's replica starts with the pilot light",
  })),
});
const workload = (site: string) => ({
  imageId: `ami-${site}`,
  vpcId: `vpc-${site}`,
  subnetIds: [`subnet-${site}-1`],
  endpoint: `${site}.origin.example.com`,
});
for (const id of Object.keys(plan.policy.services)) {
  const service = plan.service(id);
  new FailoverService(id, {
    plan,
    service: id,
    sites: Object.fromEntries(service.spec.sites.map((site) => [site, workload(site)])),
    dns:
      service.spec.traffic.method === "dns-failover"
        ? { hostedZoneId: "Z0FIXTURE", recordName: `${id}.example.com` }
        : undefined,
    data: { storage: "application" },
  });
}
export const manifest = plan.manifest;
