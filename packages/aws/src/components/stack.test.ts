import { installMocks, type Recorder, resolved, settleRegistrations } from "../testing/harness";

let recorder: Recorder = installMocks();

import { buildComposite } from "../testing/composite";

afterEach(() => settleRegistrations());

/** Types whose resources take tags: each must carry the four relais tags. */
const TAGGABLE = new Set([
  "aws:autoscaling/group:Group",
  "aws:ec2/launchTemplate:LaunchTemplate",
  "aws:ec2/securityGroup:SecurityGroup",
  "aws:ec2/instance:Instance",
  "aws:ebs/snapshot:Snapshot",
  "aws:elb/loadBalancer:LoadBalancer",
  "aws:route53/healthCheck:HealthCheck",
  "aws:cloudwatch/metricAlarm:MetricAlarm",
  "aws:s3/bucket:Bucket",
  "aws:s3/bucketObjectv2:BucketObjectv2",
  "aws:iam/role:Role",
  "aws:backup/vault:Vault",
  "aws:backup/plan:Plan",
  "aws:sns/topic:Topic",
  "aws:resiliencehub/v2Policy:V2Policy",
]);

/** Types that take no tags (or are components): listed so that a new type must be classified. */
const UNTAGGABLE = new Set([
  "pulumi:providers:aws",
  "relais:aws:ContinuityPlan",
  "relais:aws:FailoverService",
  "relais:aws:ExternalWorkload",
  "relais:aws:CrisisCell",
  "aws:route53/record:Record",
  "aws:s3/bucketVersioning:BucketVersioning",
  "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
  "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
  "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
  "aws:s3/bucketAcl:BucketAcl",
  "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
  "aws:iam/rolePolicy:RolePolicy",
  "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
  "aws:backup/selection:Selection",
  "aws:sns/topicSubscription:TopicSubscription",
  "aws:ec2transitgateway/instanceState:InstanceState",
  "aws:elb/attachment:Attachment",
  "aws:autoscaling/policy:Policy",
  "aws:s3/bucketPolicy:BucketPolicy",
  "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration",
]);

const RELAIS_TAGS = ["relais:service", "relais:tier", "relais:site", "relais:role"];

function tagsOf(resource: { type: string; inputs: Record<string, unknown> }): Record<string, string> {
  if (resource.type === "aws:autoscaling/group:Group") {
    const list = resource.inputs.tags as Array<{ key: string; value: string; propagateAtLaunch: boolean }>;
    expect(list.every((tag) => tag.propagateAtLaunch)).toBe(true);
    return Object.fromEntries(list.map((tag) => [tag.key, tag.value]));
  }
  return (resource.inputs.tags ?? {}) as Record<string, string>;
}

test("every taggable child carries relais:service, relais:tier, relais:site and relais:role", async () => {
  recorder = installMocks();
  buildComposite("");
  await settleRegistrations();
  const types = new Set(recorder.resources.map((resource) => resource.type));
  expect([...types].filter((type) => !TAGGABLE.has(type) && !UNTAGGABLE.has(type))).toEqual([]);
  expect([...TAGGABLE].filter((type) => !types.has(type))).toEqual([]);
  for (const resource of recorder.resources.filter((entry) => TAGGABLE.has(entry.type))) {
    const tags = tagsOf(resource);
    for (const key of RELAIS_TAGS) {
      expect([resource.name, key, typeof tags[key]]).toEqual([resource.name, key, "string"]);
    }
    expect(["primary", "standby", "active", "shared"]).toContain(tags["relais:role"]);
  }
  expect(recorder.named("legacy-secondary-record").inputs).toMatchObject({ type: "A", records: ["198.51.100.8"] });
  expect(recorder.named("legacy-dc-health").inputs).toMatchObject({ ipAddress: "198.51.100.7", type: "HTTPS" });
  expect(recorder.named("legacy-dc-health").inputs).not.toHaveProperty("enableSni");
  // Instances launched by an Auto Scaling group get the tags from the launch template and the group.
  const template = recorder.named("api-aws-paris-lt").inputs;
  expect(template.tagSpecifications[0]).toMatchObject({ resourceType: "instance", tags: { "relais:service": "api" } });
});

test("two instances of the stack in one program do not collide, and each plan registers its own manifest", async () => {
  recorder = installMocks();
  const first = buildComposite("one-");
  const second = buildComposite("two-");
  await settleRegistrations();
  const names = recorder.resources.map((resource) => `${resource.type}::${resource.name}`);
  expect(names.length).toBeGreaterThan(150);
  expect(new Set(names).size).toBe(names.length);
  const [a, b] = await Promise.all([resolved(first.manifest), resolved(second.manifest)]);
  expect(a).toEqual(b);
  expect(a.services.map((service) => service.service)).toEqual(["api", "ledger", "scoring", "reports", "legacy"]);
});

test("resource counts are known without resolving any output: a preview with every output unknown creates the same", async () => {
  recorder = installMocks();
  buildComposite("");
  await settleRegistrations();
  const known = recorder.inventory();
  recorder = installMocks({ unknownOutputs: true });
  const plan = buildComposite("");
  await settleRegistrations();
  expect(recorder.inventory()).toEqual(known);
  // The manifest is plain data even when resource outputs are unknown.
  const manifest = await resolved(plan.manifest);
  expect(manifest.services.find((service) => service.service === "api")!.sites[0].imageId).toBe("ami-aws-paris");
});
