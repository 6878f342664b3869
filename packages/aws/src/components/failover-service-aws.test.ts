import { installMocks, providerName, type Recorder, resolved, settleRegistrations } from "../testing/harness";

let recorder: Recorder = installMocks();

import type * as pulumi from "@pulumi/pulumi";
import { componentPolicy, withServices, workload } from "../testing/fixtures";
import { ContinuityPlan } from "./continuity-plan";
import { CrisisCell } from "./crisis-cell";
import { FailoverService } from "./failover-service";

beforeEach(() => {
  recorder = installMocks();
});
afterEach(() => settleRegistrations());

const PAIR = ["aws-paris", "aws-frankfurt"];
const DNS = { hostedZoneId: "Z123", recordName: "api.example.com" };
const TRAFFIC = { method: "dns-failover", healthCheck: { interval: "10s", failureThreshold: 3 }, ttl: "60s" };

function stack(service: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const plan = new ContinuityPlan("p", { policy: withServices({ api: service }), env: {}, resilienceHub: false });
  const sites = Object.fromEntries((service.sites as string[]).map((site) => [site, workload(site)]));
  const component = new FailoverService("api", { plan, service: "api", sites: sites as never, ...extra });
  return { plan, component };
}

describe("warm-standby on AWS", () => {
  test("children: per site a security group, a launch template and an Auto Scaling group; health checks, alarms, failover records; replicated buckets", async () => {
    const { plan } = stack(componentPolicy().services.api, { dns: DNS });
    await settleRegistrations();
    expect(recorder.inventory("api-")).toEqual([
      "Bucket api-aws-frankfurt-data",
      "Bucket api-aws-paris-data",
      "BucketOwnershipControls api-aws-frankfurt-data-ownership",
      "BucketOwnershipControls api-aws-paris-data-ownership",
      "BucketPolicy api-aws-frankfurt-data-tls-only",
      "BucketPolicy api-aws-paris-data-tls-only",
      "BucketPublicAccessBlock api-aws-frankfurt-data-public-access",
      "BucketPublicAccessBlock api-aws-paris-data-public-access",
      "BucketReplicationConfig api-aws-paris-replication-config",
      "BucketServerSideEncryptionConfiguration api-aws-frankfurt-data-encryption",
      "BucketServerSideEncryptionConfiguration api-aws-paris-data-encryption",
      "BucketVersioning api-aws-frankfurt-data-versioning",
      "BucketVersioning api-aws-paris-data-versioning",
      "Group api-aws-frankfurt-asg",
      "Group api-aws-paris-asg",
      "HealthCheck api-aws-frankfurt-health",
      "HealthCheck api-aws-paris-health",
      "LaunchTemplate api-aws-frankfurt-lt",
      "LaunchTemplate api-aws-paris-lt",
      "MetricAlarm api-aws-frankfurt-alarm",
      "MetricAlarm api-aws-paris-alarm",
      "Policy api-aws-frankfurt-scaling",
      "Policy api-aws-paris-scaling",
      "Record api-primary-record",
      "Record api-secondary-record",
      "Role api-aws-paris-replication-role",
      "RolePolicy api-aws-paris-replication-policy",
      "SecurityGroup api-aws-frankfurt-sg",
      "SecurityGroup api-aws-paris-sg",
    ]);
    const manifest = await resolved(plan.manifest);
    expect(manifest.services[0].sites).toEqual([
      {
        site: "aws-paris",
        role: "primary",
        desired: 4,
        stopped: 0,
        compute: "auto-scaling",
        dnsTarget: "aws-paris.origin.example",
        imageId: "ami-aws-paris",
        external: false,
      },
      {
        site: "aws-frankfurt",
        role: "standby",
        desired: 1,
        stopped: 0,
        compute: "auto-scaling",
        dnsTarget: "aws-frankfurt.origin.example",
        imageId: "ami-aws-frankfurt",
        external: false,
      },
    ]);
    expect(manifest.services[0].traffic).toEqual({
      method: "dns-failover",
      healthCheck: { interval: 10, failureThreshold: 3 },
      ttl: 60,
      dns: { zoneId: "Z123", name: "api.example.com" },
    });
  });

  test("Auto Scaling groups: required at the primary, standby at the failover site, at most required, tags propagated", async () => {
    stack(componentPolicy().services.api, { dns: DNS });
    await settleRegistrations();
    const primary = recorder.named("api-aws-paris-asg").inputs;
    expect(primary).toMatchObject({ minSize: 4, maxSize: 4, desiredCapacity: 4, healthCheckType: "EC2" });
    expect(primary.vpcZoneIdentifiers).toEqual(["subnet-aws-paris-1", "subnet-aws-paris-2"]);
    expect(primary.launchTemplate).toEqual({ id: "api-aws-paris-lt-id", version: "$Latest" });
    expect(primary.tags).toEqual(
      expect.arrayContaining([
        { key: "relais:service", value: "api", propagateAtLaunch: true },
        { key: "relais:role", value: "primary", propagateAtLaunch: true },
        { key: "relais:site", value: "aws-paris", propagateAtLaunch: true },
        { key: "relais:tier", value: "critical", propagateAtLaunch: true },
      ]),
    );
    expect(recorder.named("api-aws-frankfurt-asg").inputs).toMatchObject({
      minSize: 1,
      maxSize: 4,
      desiredCapacity: 1,
    });
    expect(providerName(recorder.named("api-aws-frankfurt-asg").provider)).toBe("p-aws-frankfurt");
  });

  test("launch templates: IMDSv2 required, encrypted gp3 root volume, no public IP, tags on instances and volumes", async () => {
    stack(componentPolicy().services.api, { dns: DNS });
    await settleRegistrations();
    const template = recorder.named("api-aws-paris-lt").inputs;
    expect(template.imageId).toBe("ami-aws-paris");
    expect(template.instanceType).toBe("t3.medium");
    expect(template.metadataOptions).toEqual({
      httpTokens: "required",
      httpEndpoint: "enabled",
      httpPutResponseHopLimit: 1,
    });
    expect(template.blockDeviceMappings).toEqual([
      { deviceName: "/dev/xvda", ebs: { encrypted: "true", volumeType: "gp3", deleteOnTermination: "true" } },
    ]);
    expect(template.networkInterfaces).toEqual([
      { associatePublicIpAddress: "false", securityGroups: ["api-aws-paris-sg-id"], deleteOnTermination: "true" },
    ]);
    expect(template.tagSpecifications.map((spec: { resourceType: string }) => spec.resourceType)).toEqual([
      "instance",
      "volume",
    ]);
    expect(template.tagSpecifications[0].tags).toMatchObject({ "relais:service": "api", "relais:role": "primary" });
    const group = recorder.named("api-aws-paris-sg").inputs;
    expect(group.vpcId).toBe("vpc-aws-paris");
    expect(group.ingress).toEqual([
      {
        description: "service port",
        protocol: "tcp",
        fromPort: 443,
        toPort: 443,
        cidrBlocks: ["0.0.0.0/0"],
        self: true,
      },
    ]);
  });

  test("health checks use the policy's interval and threshold over TLS on 443; records fail over with the policy's TTL", async () => {
    stack(componentPolicy().services.api, { dns: DNS });
    await settleRegistrations();
    expect(recorder.named("api-aws-paris-health").inputs).toMatchObject({
      type: "HTTPS",
      fqdn: "aws-paris.origin.example",
      port: 443,
      resourcePath: "/health",
      enableSni: true,
      requestInterval: 10,
      failureThreshold: 3,
    });
    const primary = recorder.named("api-primary-record").inputs;
    expect(primary).toMatchObject({
      zoneId: "Z123",
      name: "api.example.com",
      type: "CNAME",
      ttl: 60,
      records: ["aws-paris.origin.example"],
      setIdentifier: "primary",
      failoverRoutingPolicies: [{ type: "PRIMARY" }],
      healthCheckId: "api-aws-paris-health-id",
    });
    expect(recorder.named("api-secondary-record").inputs).toMatchObject({
      setIdentifier: "secondary",
      failoverRoutingPolicies: [{ type: "SECONDARY" }],
      records: ["aws-frankfurt.origin.example"],
      healthCheckId: "api-aws-frankfurt-health-id",
    });
    // Route 53 lives on the plan's first site with Route 53.
    expect(providerName(recorder.named("api-secondary-record").provider)).toBe("p-aws-paris");
  });

  test("an alarm per health check in us-east-1 notifies the crisis cell's topic", async () => {
    const plan = new ContinuityPlan("p", { policy: componentPolicy(), env: {}, resilienceHub: false });
    const crisis = new CrisisCell("crisis", { plan, topicRegion: "us-east-1" });
    const sites = { "aws-paris": workload("aws-paris"), "aws-frankfurt": workload("aws-frankfurt") };
    new FailoverService("api", { plan, service: "api", sites: sites as never, dns: DNS, crisisCell: crisis });
    await settleRegistrations();
    const alarm = recorder.named("api-aws-paris-alarm").inputs;
    expect(alarm).toMatchObject({
      region: "us-east-1",
      namespace: "AWS/Route53",
      metricName: "HealthCheckStatus",
      dimensions: { HealthCheckId: "api-aws-paris-health-id" },
      comparisonOperator: "LessThanThreshold",
      threshold: 1,
      alarmActions: ["arn:mock:aws:sns/topic:Topic:crisis-topic"],
      okActions: ["arn:mock:aws:sns/topic:Topic:crisis-topic"],
    });
  });

  test("a crisis cell topic in another region than the alarms is a construction error", () => {
    const plan = new ContinuityPlan("p", { policy: componentPolicy(), env: {}, resilienceHub: false });
    const crisis = new CrisisCell("crisis", { plan });
    const sites = { "aws-paris": workload("aws-paris"), "aws-frankfurt": workload("aws-frankfurt") };
    expect(
      () => new FailoverService("api", { plan, service: "api", sites: sites as never, dns: DNS, crisisCell: crisis }),
    ).toThrow(
      'FailoverService "api": its health-check alarms live in us-east-1, but the crisis cell\'s topic is in eu-west-3; CloudWatch alarms only notify topics of their own region.',
    );
  });

  test("replication: a role limited to the two buckets, in the aws partition, and one rule per failover site", async () => {
    stack(componentPolicy().services.api);
    await settleRegistrations();
    const role = recorder.named("api-aws-paris-replication-role").inputs;
    expect(JSON.parse(role.assumeRolePolicy).Statement[0].Principal).toEqual({ Service: "s3.amazonaws.com" });
    const policy = JSON.parse(recorder.named("api-aws-paris-replication-policy").inputs.policy);
    expect(policy.Statement.map((statement: { Resource: string[] }) => statement.Resource)).toEqual([
      ["arn:aws:s3:::api-aws-paris-data-bucket"],
      ["arn:aws:s3:::api-aws-paris-data-bucket/*"],
      ["arn:aws:s3:::api-aws-frankfurt-data-bucket/*"],
    ]);
    const config = recorder.named("api-aws-paris-replication-config").inputs;
    expect(config.bucket).toBe("api-aws-paris-data-bucket");
    expect(config.rules).toEqual([
      expect.objectContaining({
        id: "to-aws-frankfurt",
        status: "Enabled",
        destination: expect.objectContaining({ bucket: "arn:aws:s3:::api-aws-frankfurt-data-bucket" }),
      }),
    ]);
    expect(recorder.named("api-aws-paris-data-versioning").inputs.versioningConfiguration).toEqual({
      status: "Enabled",
    });
    expect(recorder.named("api-aws-paris-data-encryption").inputs.rules).toEqual([
      { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } },
    ]);
    expect(recorder.named("api-aws-paris-data-public-access").inputs).toMatchObject({
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
  });

  test("without dns there is no Route 53 resource and the manifest records no health check or TTL", async () => {
    const { plan } = stack(componentPolicy().services.api);
    await settleRegistrations();
    expect(recorder.inventory("api-").filter((line) => /HealthCheck|Record |MetricAlarm/.test(line))).toEqual([]);
    expect((await resolved(plan.manifest)).services[0].traffic).toEqual({
      method: "dns-failover",
      healthCheck: null,
      ttl: null,
      dns: null,
    });
  });
});

test("active-active with dns-weighted: every site runs standby units behind weighted records", async () => {
  const { plan } = stack(
    {
      tier: "standard",
      strategy: "active-active",
      sites: PAIR,
      capacity: { required: 4, standby: 3 },
      traffic: { ...TRAFFIC, method: "dns-weighted" },
      data: { mode: "async-replication", lag: "15m" },
    },
    { dns: DNS },
  );
  await settleRegistrations();
  for (const site of PAIR) {
    expect(recorder.named(`api-${site}-asg`).inputs).toMatchObject({ minSize: 3, maxSize: 4, desiredCapacity: 3 });
    expect(recorder.named(`api-${site}-record`).inputs).toMatchObject({
      weightedRoutingPolicies: [{ weight: 3 }],
      setIdentifier: site,
      healthCheckId: `api-${site}-health-id`,
    });
  }
  expect(recorder.names("aws:s3/bucketReplicationConfig:BucketReplicationConfig")).toEqual([
    "api-aws-frankfurt-replication-config",
    "api-aws-paris-replication-config",
  ]);
  const manifest = await resolved(plan.manifest);
  expect(manifest.services[0].sites.map((site) => [site.role, site.desired])).toEqual([
    ["active", 3],
    ["active", 3],
  ]);
});

test("pilot-light: the failover site keeps its launch template and an Auto Scaling group at 0", async () => {
  stack({
    tier: "critical",
    strategy: "pilot-light",
    sites: PAIR,
    capacity: { required: 4, scaleUp: "4m" },
    traffic: TRAFFIC,
    data: { mode: "async-replication", lag: "30s" },
  });
  await settleRegistrations();
  expect(recorder.named("api-aws-frankfurt-asg").inputs).toMatchObject({ minSize: 0, maxSize: 4, desiredCapacity: 0 });
  expect(recorder.named("api-aws-frankfurt-lt").inputs.imageId).toBe("ami-aws-frankfurt");
  // The standby grows under the traffic it receives, without another deployment.
  expect(recorder.named("api-aws-frankfurt-scaling").inputs).toMatchObject({
    autoscalingGroupName: "api-aws-frankfurt-asg",
    policyType: "TargetTrackingScaling",
    targetTrackingConfiguration: {
      predefinedMetricSpecification: { predefinedMetricType: "ASGAverageCPUUtilization" },
      targetValue: 50,
    },
  });
});

test("options: a later pulumi up never undoes a scale-up (desiredCapacity ignored); data stores are protected", async () => {
  const options = new Map<string, pulumi.CustomResourceOptions>();
  const plan = new ContinuityPlan("p", { policy: componentPolicy(), env: {}, resilienceHub: false });
  const sites = { "aws-paris": workload("aws-paris"), "aws-frankfurt": workload("aws-frankfurt") };
  // Transformations see each child's resource options as Pulumi will send them.
  const transformations = [
    (args: pulumi.ResourceTransformationArgs) => {
      options.set(args.name, args.opts);
      return undefined;
    },
  ];
  new FailoverService("api", { plan, service: "api", sites: sites as never, dns: DNS }, { transformations });
  await settleRegistrations();
  for (const site of PAIR) {
    expect(options.get(`api-${site}-asg`)?.ignoreChanges).toEqual(["desiredCapacity"]);
    expect(options.get(`api-${site}-data`)?.protect).toBe(true);
  }
  expect(options.get("api-primary-record")?.deleteBeforeReplace).toBe(true);
});

test("pilot-light: no alarm on the standby that has no capacity on purpose; its record keeps its health check", async () => {
  stack(
    {
      tier: "critical",
      strategy: "pilot-light",
      sites: PAIR,
      capacity: { required: 4, scaleUp: "4m" },
      traffic: TRAFFIC,
      data: { mode: "async-replication", lag: "30s" },
    },
    { dns: DNS },
  );
  await settleRegistrations();
  expect(recorder.names("aws:cloudwatch/metricAlarm:MetricAlarm")).toEqual(["api-aws-paris-alarm"]);
  expect(recorder.named("api-secondary-record").inputs.healthCheckId).toBe("api-aws-frankfurt-health-id");
});

test("a site behind an AWS load balancer gets an alias record that evaluates target health", async () => {
  const plan = new ContinuityPlan("p", { policy: componentPolicy(), env: {}, resilienceHub: false });
  const paris = { ...workload("aws-paris"), loadBalancer: true } as Record<string, unknown>;
  delete paris.endpoint;
  const sites = {
    "aws-paris": paris,
    "aws-frankfurt": { ...paris, ...workload("aws-frankfurt"), endpoint: undefined },
  };
  delete sites["aws-frankfurt"].endpoint;
  new FailoverService("api", { plan, service: "api", sites: sites as never, dns: DNS });
  await settleRegistrations();
  const record = recorder.named("api-primary-record").inputs;
  expect(record).toMatchObject({
    type: "A",
    aliases: [{ name: "api-aws-paris-lb.elb.example", zoneId: "ZELB", evaluateTargetHealth: true }],
    failoverRoutingPolicies: [{ type: "PRIMARY" }],
  });
  expect(record).not.toHaveProperty("records");
  expect(record).not.toHaveProperty("ttl");
});

describe("backup-restore on AWS", () => {
  const service = {
    tier: "standard",
    strategy: "backup-restore",
    sites: PAIR,
    capacity: { required: 2 },
    traffic: { method: "manual" },
    data: { mode: "backup", every: "6h", restoreTime: "2h" },
  };

  test("children: compute at the primary only (a security group at the failover site), AWS Backup with a copy", async () => {
    const { plan } = stack(service);
    await settleRegistrations();
    expect(recorder.inventory("api-")).toEqual([
      "Group api-aws-paris-asg",
      "LaunchTemplate api-aws-paris-lt",
      "Plan api-aws-paris-backup-plan",
      "Policy api-aws-paris-scaling",
      "Role api-aws-paris-backup-role",
      "RolePolicyAttachment api-aws-paris-backup-role-backup",
      "RolePolicyAttachment api-aws-paris-backup-role-restore",
      "SecurityGroup api-aws-frankfurt-sg",
      "SecurityGroup api-aws-paris-sg",
      "Selection api-aws-paris-backup-selection",
      "Vault api-aws-paris-backup-copy-vault",
      "Vault api-aws-paris-backup-vault",
    ]);
    const manifest = await resolved(plan.manifest);
    expect(manifest.services[0].data).toEqual({
      mode: "backup",
      mechanism: "aws-backup",
      every: 21600,
      restoreTime: 7200,
      // The copy goes to the failover site's region.
      copyRegion: "eu-central-1",
    });
    expect(manifest.services[0].sites.map((site) => site.desired)).toEqual([2, 0]);
  });

  test("the plan's schedule comes from data.every, recovery points are tagged, the copy goes to the failover region", async () => {
    stack(service);
    await settleRegistrations();
    const [rule] = recorder.named("api-aws-paris-backup-plan").inputs.rules;
    expect(rule).toMatchObject({
      schedule: "cron(0 0/6 * * ? *)",
      targetVaultName: "api-aws-paris-backup-vault",
      lifecycle: { deleteAfter: 35 },
      copyActions: [
        {
          destinationVaultArn: "arn:mock:aws:backup/vault:Vault:api-aws-paris-backup-copy-vault",
          lifecycle: { deleteAfter: 35 },
        },
      ],
    });
    expect(rule.recoveryPointTags).toMatchObject({
      "relais:service": "api",
      "relais:site": "aws-paris",
      "relais:role": "primary",
    });
    expect(providerName(recorder.named("api-aws-paris-backup-copy-vault").provider)).toBe("p-aws-frankfurt");
    expect(recorder.named("api-aws-paris-backup-selection").inputs).toMatchObject({
      resources: ["*"],
      conditions: [
        {
          stringEquals: [
            { key: "aws:ResourceTag/relais:service", value: "api" },
            { key: "aws:ResourceTag/relais:site", value: "aws-paris" },
          ],
        },
      ],
    });
    expect(recorder.named("api-aws-paris-backup-role-backup").inputs.policyArn).toBe(
      "arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup",
    );
  });

  test("a manual service with dns gets one simple record to the primary, and health checks for the alarms", async () => {
    stack(service, { dns: DNS });
    await settleRegistrations();
    expect(recorder.names("aws:route53/record:Record")).toEqual(["api-primary-record"]);
    const record = recorder.named("api-primary-record").inputs;
    expect(record.records).toEqual(["aws-paris.origin.example"]);
    expect(record).not.toHaveProperty("failoverRoutingPolicies");
    expect(record).not.toHaveProperty("healthCheckId");
    expect(record.ttl).toBe(60);
    expect(recorder.names("aws:route53/healthCheck:HealthCheck")).toEqual([
      "api-aws-frankfurt-health",
      "api-aws-paris-health",
    ]);
  });
});

describe("construction errors", () => {
  const sites = () => ({ "aws-paris": workload("aws-paris"), "aws-frankfurt": workload("aws-frankfurt") });

  test("a service that is not in the policy", () => {
    const plan = new ContinuityPlan("p", { policy: componentPolicy(), env: {}, resilienceHub: false });
    expect(() => new FailoverService("x", { plan, service: "payments", sites: sites() as never })).toThrow(
      'FailoverService "x": service payments is not in policy fixture.',
    );
  });

  test("a site of the service that is not passed, and a passed site the service does not use", () => {
    const plan = new ContinuityPlan("p", { policy: componentPolicy(), env: {}, resilienceHub: false });
    expect(
      () => new FailoverService("a", { plan, service: "api", sites: { "aws-paris": workload("aws-paris") } as never }),
    ).toThrow('FailoverService "a": site aws-frankfurt of service api is not passed in sites.');
    expect(
      () => new FailoverService("b", { plan, service: "api", sites: { ...sites(), eusc: workload("eusc") } as never }),
    ).toThrow(
      'FailoverService "b": sites.eusc: eusc is not a site of service api in policy fixture (sites: aws-paris, aws-frankfurt).',
    );
  });

  test("invalid workload settings name the field and what was expected", () => {
    const plan = new ContinuityPlan("p", { policy: componentPolicy(), env: {}, resilienceHub: false });
    const bad = { ...sites(), "aws-frankfurt": { imageId: "ami-1", subnetIds: [], port: 0, colour: "blue" } };
    expect(() => new FailoverService("c", { plan, service: "api", sites: bad as never })).toThrow(
      'FailoverService "c": invalid arguments: sites.aws-frankfurt.vpcId: required: give a non-empty string; sites.aws-frankfurt.subnetIds: give at least one subnet id; sites.aws-frankfurt.port: Too small: expected number to be >=1; sites.aws-frankfurt: Unrecognized key: "colour".',
    );
  });

  test("records cannot mix host names and IP addresses", () => {
    const plan = new ContinuityPlan("p", { policy: componentPolicy(), env: {}, resilienceHub: false });
    const mixed = { ...sites(), "aws-frankfurt": workload("aws-frankfurt", { endpoint: "192.0.2.10" }) };
    expect(() => new FailoverService("m", { plan, service: "api", sites: mixed as never, dns: DNS })).toThrow(
      'FailoverService "m": the Route 53 records of api would mix host names and IP addresses (aws-paris: host name, aws-frankfurt: IP address); a CNAME cannot share its name with other records.',
    );
  });

  test("one FailoverService per policy service in a plan", () => {
    const plan = new ContinuityPlan("p", { policy: componentPolicy(), env: {}, resilienceHub: false });
    new FailoverService("first", { plan, service: "api", sites: sites() as never });
    expect(() => new FailoverService("second", { plan, service: "api", sites: sites() as never })).toThrow(
      'FailoverService "second": service api is already deployed by FailoverService "first" in ContinuityPlan "p".',
    );
  });

  test("dns with no Route 53 site in the whole plan says which methods work without it", () => {
    const policy = componentPolicy();
    policy.sites = { "osc-a": policy.sites["osc-a"], "osc-b": policy.sites["osc-b"] };
    policy.services.api.sites = ["osc-a", "osc-b"];
    const plan = new ContinuityPlan("p", { policy, env: {} });
    const osc = { "osc-a": workload("osc-a"), "osc-b": workload("osc-b") };
    let error: Error | undefined;
    try {
      new FailoverService("d", {
        plan,
        service: "api",
        sites: osc as never,
        dns: DNS,
        data: { storage: "application" },
      });
    } catch (caught) {
      error = caught as Error;
    }
    expect(error?.message).toBe(
      'FailoverService "d": dns needs Route 53, but no site of policy fixture offers route53.',
    );
    expect((error as { hint?: string }).hint).toBe(
      "drop dns and use traffic.method manual or load-balancer for api, or add an aws or aws-eusc site to the policy",
    );
  });
});
