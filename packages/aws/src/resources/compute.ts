import { Group } from "@pulumi/aws/autoscaling";
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
  instances: Instance[];
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
  if (spec.plan.mode === "instances") return { instances: createInstances(name, spec, options) };
  return { instances: [] };
}

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
      healthCheckGracePeriod: 300,
      ...(spec.loadBalancer ? { loadBalancers: [spec.loadBalancer.name] } : {}),
      tags: propagatedTags(tags),
    },
    opts,
  );
  return { launchTemplate, group, instances: [] };
}

function createInstances(name: string, spec: ComputeSpec, opts: pulumi.CustomResourceOptions): Instance[] {
  const { workload, tags, site } = spec;
  const instances: Instance[] = [];
  for (let index = 0; index < spec.plan.instances; index++) {
    const instanceName = `${name}-vm-${index}`;
    const instance = new Instance(
      instanceName,
      {
        ami: workload.imageId,
        instanceType: spec.instanceType,
        subnetId: workload.subnetIds[index % workload.subnetIds.length],
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
    if (index >= spec.plan.desired) {
      new InstanceState(`${instanceName}-state`, { instanceId: instance.id, state: "stopped" }, opts);
    }
    if (spec.loadBalancer) {
      new Attachment(`${instanceName}-lb`, { elb: spec.loadBalancer.id, instance: instance.id }, opts);
    }
    instances.push(instance);
  }
  return instances;
}
