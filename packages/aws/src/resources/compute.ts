import { Group, Policy } from "@pulumi/aws/autoscaling";
import { Instance, LaunchTemplate, SecurityGroup } from "@pulumi/aws/ec2";
import { InstanceState } from "@pulumi/aws/ec2transitgateway";
import { Attachment, type LoadBalancer } from "@pulumi/aws/elb";
import * as pulumi from "@pulumi/pulumi";
import type { PlanSite } from "../components/continuity-plan";
import type { ComputePlan } from "../planning/compute";
import type { ParsedSiteWorkload } from "../planning/workload";
import { propagatedTags } from "../tags";

/** A security group that admits the service port from `ingressCidrs` and lets the units reach out. */
export function createSecurityGroup(
  name: string,
  workload: ParsedSiteWorkload,
  tags: Record<string, string>,
  opts: pulumi.CustomResourceOptions,
): SecurityGroup {
  return new SecurityGroup(
    name,
    {
      vpcId: workload.vpcId,
      description: `Relais: ${tags["relais:service"]} at ${tags["relais:site"]}`,
      ingress: [
        {
          description: "service port",
          protocol: "tcp",
          fromPort: workload.port,
          toPort: workload.port,
          cidrBlocks: workload.ingressCidrs,
          // Members of the group (the units and their load balancer) reach each other on the port.
          self: true,
        },
      ],
      egress: [{ description: "outbound", protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
      tags: { ...tags, Name: name },
    },
    opts,
  );
}

/** What the compute of one site is made of. */
export interface SiteCompute {
  launchTemplate?: LaunchTemplate;
  group?: Group;
  /** The target-tracking policy that grows the group under load (a standby up to `required`). */
  scaling?: Policy;
  instances: Instance[];
  /** The state of each instance, `running` or `stopped`, in instance order. */
  states: InstanceState[];
}

/** The inputs shared by the compute builders. */
export interface ComputeSpec {
  site: PlanSite;
  plan: ComputePlan;
  workload: ParsedSiteWorkload;
  instanceType: pulumi.Input<string>;
  securityGroup: SecurityGroup;
  loadBalancer: LoadBalancer | undefined;
  tags: Record<string, string>;
}

/**
 * The compute of a site: a launch template and an Auto Scaling group (`asg`), or instances (`instances`) of
 * which the first `desired` run and the rest are stopped. Secure defaults where the provider allows them:
 * IMDSv2 required, encrypted root volumes, no public IP unless `associatePublicIp`.
 */
export function createCompute(name: string, spec: ComputeSpec, opts: pulumi.CustomResourceOptions): SiteCompute {
  const options = { ...opts, provider: spec.site.provider };
  if (spec.plan.mode === "asg") return createGroup(name, spec, options);
  if (spec.plan.mode === "instances") return createInstances(name, spec, options);
  return { instances: [], states: [] };
}

/** Seconds a new unit gets before health checks count and before its metrics join the group's. */
const HEALTH_CHECK_GRACE_PERIOD = 300;
/** Average CPU the target-tracking policy holds the group at: a standby receiving traffic grows. */
const TARGET_CPU_PERCENT = 50;

function createGroup(name: string, spec: ComputeSpec, opts: pulumi.CustomResourceOptions): SiteCompute {
  const { workload, tags } = spec;
  const launchTemplate = new LaunchTemplate(
    `${name}-lt`,
    {
      imageId: workload.imageId,
      instanceType: spec.instanceType,
      keyName: workload.keyName,
      userData:
        workload.userData === undefined
          ? undefined
          : pulumi.output(workload.userData).apply((text) => Buffer.from(text, "utf8").toString("base64")),
      metadataOptions: { httpTokens: "required", httpEndpoint: "enabled", httpPutResponseHopLimit: 1 },
      blockDeviceMappings: [
        {
          deviceName: workload.rootDeviceName,
          ebs: {
            encrypted: "true",
            volumeType: "gp3",
            deleteOnTermination: "true",
            ...(workload.rootVolumeSize === undefined ? {} : { volumeSize: workload.rootVolumeSize }),
          },
        },
      ],
      networkInterfaces: [
        {
          associatePublicIpAddress: String(workload.associatePublicIp),
          securityGroups: [spec.securityGroup.id],
          deleteOnTermination: "true",
        },
      ],
      tagSpecifications: [
        { resourceType: "instance", tags },
        { resourceType: "volume", tags },
      ],
      updateDefaultVersion: true,
      tags,
    },
    opts,
  );
  const group = new Group(
    `${name}-asg`,
    {
      minSize: spec.plan.minSize,
      maxSize: spec.plan.maxSize,
      desiredCapacity: spec.plan.desired,
      vpcZoneIdentifiers: workload.subnetIds,
      launchTemplate: { id: launchTemplate.id, version: "$Latest" },
      healthCheckType: spec.loadBalancer ? "ELB" : "EC2",
      healthCheckGracePeriod: HEALTH_CHECK_GRACE_PERIOD,
      ...(spec.loadBalancer ? { loadBalancers: [spec.loadBalancer.name] } : {}),
      tags: propagatedTags(tags),
    },
    // A scale-up in progress (the scaling policy, or `relais failover` setting the desired capacity) must survive
    // the next `pulumi up`; `minSize` carries the planned size (raising it above the current size raises the
    // desired capacity with it).
    { ...opts, ignoreChanges: ["desiredCapacity"] },
  );
  const scaling = new Policy(
    `${name}-scaling`,
    {
      autoscalingGroupName: group.name,
      policyType: "TargetTrackingScaling",
      estimatedInstanceWarmup: HEALTH_CHECK_GRACE_PERIOD,
      targetTrackingConfiguration: {
        predefinedMetricSpecification: { predefinedMetricType: "ASGAverageCPUUtilization" },
        targetValue: TARGET_CPU_PERCENT,
      },
    },
    opts,
  );
  return { launchTemplate, group, scaling, instances: [], states: [] };
}

/**
 * `instances` units (Outscale has no Auto Scaling), each with a state that always exists: `running` for the first
 * `desired`, `stopped` for the rest. An evacuation changes states; it never deletes one, because deleting an
 * `InstanceState` only stops managing the state and leaves the instance as it is.
 */
function createInstances(name: string, spec: ComputeSpec, opts: pulumi.CustomResourceOptions): SiteCompute {
  const { workload, tags, site } = spec;
  const instances: Instance[] = [];
  const states: InstanceState[] = [];
  for (let index = 0; index < spec.plan.instances; index++) {
    const instanceName = `${name}-vm-${index}`;
    const instance = new Instance(
      instanceName,
      {
        ami: workload.imageId,
        instanceType: spec.instanceType,
        subnetId: subnetAt(workload.subnetIds, index),
        vpcSecurityGroupIds: [spec.securityGroup.id],
        associatePublicIpAddress: workload.associatePublicIp,
        keyName: workload.keyName,
        userData: workload.userData,
        ...(site.has("imdsv2") ? { metadataOptions: { httpTokens: "required", httpEndpoint: "enabled" } } : {}),
        rootBlockDevice: {
          deleteOnTermination: true,
          ...(site.has("ebsEncryption") ? { encrypted: true, volumeType: "gp3" } : {}),
          ...(workload.rootVolumeSize === undefined ? {} : { volumeSize: workload.rootVolumeSize }),
        },
        tags: { ...tags, Name: instanceName },
        volumeTags: tags,
      },
      opts,
    );
    const state = index < spec.plan.desired ? "running" : "stopped";
    states.push(new InstanceState(`${instanceName}-state`, { instanceId: instance.id, state }, opts));
    if (spec.loadBalancer) {
      new Attachment(`${instanceName}-lb`, { elb: spec.loadBalancer.id, instance: instance.id }, opts);
    }
    instances.push(instance);
  }
  return { instances, states };
}

/** The subnet of the `index`-th instance: the subnets in turn, from a list or from an output of one. */
function subnetAt(subnetIds: ParsedSiteWorkload["subnetIds"], index: number): pulumi.Input<string> {
  if (Array.isArray(subnetIds)) return subnetIds[index % subnetIds.length];
  return pulumi.output(subnetIds).apply((ids) => ids[index % ids.length]);
}
