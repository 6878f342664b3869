import type { Group } from "@pulumi/aws/autoscaling";
import type { Instance, SecurityGroup } from "@pulumi/aws/ec2";
import type { InstanceState } from "@pulumi/aws/ec2transitgateway";
import type { LoadBalancer } from "@pulumi/aws/elb";
import type * as pulumi from "@pulumi/pulumi";
import type { ComputePlan } from "../planning/compute";
import { instanceTypeFor } from "../planning/workload";
import { createCompute } from "../resources/compute";
import type { ServiceSite } from "./failover-sites";
import { guardUserData } from "./secure-defaults";

/** The compute resources of a service, by site. */
export interface BuiltCompute {
  groups: Record<string, Group>;
  instances: Record<string, Instance[]>;
  /** The always-present state of each instance (`running` or `stopped`), in instance order. */
  states: Record<string, InstanceState[]>;
}

/** Creates the compute of every cloud site that runs units (Auto Scaling groups or instances). */
export function buildCompute(
  name: string,
  component: { label: string; resource: pulumi.Resource },
  compute: readonly ComputePlan[],
  sites: ReadonlyMap<string, ServiceSite>,
  securityGroups: Readonly<Record<string, SecurityGroup>>,
  loadBalancerOf: (site: string) => LoadBalancer | undefined,
  tagsOf: (site: string) => Record<string, string>,
): BuiltCompute {
  const built: BuiltCompute = { groups: {}, instances: {}, states: {} };
  for (const plan of compute) {
    const entry = sites.get(plan.site)!;
    if (!entry.workload || (plan.mode !== "asg" && plan.mode !== "instances")) continue;
    const workload = {
      ...entry.workload,
      userData: guardUserData(component.label, component.resource, entry.site, entry.workload.userData),
    };
    const created = createCompute(
      `${name}-${plan.site}`,
      {
        site: entry.site,
        plan,
        workload,
        instanceType: instanceTypeFor(entry.site.spec.provider, workload.instanceType),
        securityGroup: securityGroups[plan.site],
        loadBalancer: loadBalancerOf(plan.site),
        tags: tagsOf(plan.site),
      },
      { parent: component.resource },
    );
    if (created.group) built.groups[plan.site] = created.group;
    if (created.instances.length > 0) {
      built.instances[plan.site] = created.instances;
      built.states[plan.site] = created.states;
    }
  }
  return built;
}
