import type { SecurityGroup } from "@pulumi/aws/ec2";
import { LoadBalancer } from "@pulumi/aws/elb";
import type * as pulumi from "@pulumi/pulumi";
import type { PlanSite } from "../components/continuity-plan";
import { elbHealthCheck } from "../planning/traffic";
import type { EndpointSettings } from "../planning/workload";

/** What a load balancer fronts: the subnets and security groups of its sites. */
export interface LoadBalancerSpec {
  site: PlanSite;
  subnetIds: pulumi.Input<pulumi.Input<string>[]>;
  securityGroups: SecurityGroup[];
  endpoint: EndpointSettings;
  healthCheck: { interval: number; failureThreshold: number };
  tags: Record<string, string>;
}

/**
 * A load balancer through the classic ELB API, which AWS, the European Sovereign Cloud and Outscale (LBU) all
 * speak. TLS passes through (TCP listener) on 443 so certificates stay on the units; the health check uses the
 * policy's interval and failure threshold within ELB's bounds, on the workload's protocol, port and path.
 */
export function createLoadBalancer(name: string, spec: LoadBalancerSpec, opts: pulumi.CustomResourceOptions) {
  const check = elbHealthCheck(spec.healthCheck);
  const { port, protocol, path } = spec.endpoint;
  const target = protocol === "TCP" ? `TCP:${port}` : `${protocol}:${port}${path}`;
  const listenerProtocol = protocol === "HTTP" ? "http" : "tcp";
  return new LoadBalancer(
    name,
    {
      subnets: spec.subnetIds,
      securityGroups: spec.securityGroups.map((group) => group.id),
      listeners: [
        { instancePort: port, instanceProtocol: listenerProtocol, lbPort: port, lbProtocol: listenerProtocol },
      ],
      healthCheck: {
        target,
        interval: check.interval,
        timeout: check.timeout,
        unhealthyThreshold: check.unhealthyThreshold,
        healthyThreshold: check.healthyThreshold,
      },
      crossZoneLoadBalancing: true,
      connectionDraining: true,
      tags: spec.tags,
    },
    { ...opts, provider: spec.site.provider },
  );
}
