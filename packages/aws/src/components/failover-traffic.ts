import type * as pulumi from "@pulumi/pulumi";
import type { ServiceSpec } from "@relais/policy";
import { requireCapability } from "../capabilities";
import { ComponentError } from "../errors";
import type { ComputePlan } from "../planning/compute";
import type { Placement } from "../planning/placement";
import {
  elbHealthCheck,
  type LoadBalancerPlan,
  planHealthChecks,
  planLoadBalancers,
  planRecords,
  type RecordPlan,
  ROUTE53_INTERVALS,
} from "../planning/traffic";
import { addressType, defaultProtocol, type EndpointSettings } from "../planning/workload";
import { type DnsTarget, healthAlarmRegion } from "../resources/dns";
import type { ContinuityPlan, PlanSite } from "./continuity-plan";
import type { CrisisCell } from "./crisis-cell";
import type { ServiceSite } from "./failover-sites";

/** How a target (a site, or a load balancer's name site) is addressed. */
export type TargetSource =
  | { kind: "address"; target: DnsTarget; external?: ServiceSite["external"] }
  | { kind: "load-balancer"; balancer: string; endpoint: EndpointSettings; alias: boolean };

/** The traffic plan of a service, validated, before any resource exists. */
export interface ServiceTraffic {
  loadBalancers: LoadBalancerPlan[];
  targets: Map<string, TargetSource>;
  dns: {
    site: PlanSite;
    zoneId: pulumi.Input<string>;
    recordName: pulumi.Input<string>;
    ttl: number;
    records: RecordPlan[];
    healthChecks: string[];
    /**
     * Health-checked targets that get an alarm: not a site that has no capacity on purpose (a pilot-light standby,
     * an evacuated active site), whose check fails by design until it is scaled up.
     */
    alarmed: string[];
    alarmRegion: string;
    topicArn: pulumi.Output<string> | undefined;
  } | null;
  /** Health-check settings as deployed (manifest), or null. */
  deployedHealthCheck: { interval: number; failureThreshold: number } | null;
}

/** Settings of a site's endpoint: its workload's port, protocol and path. */
export function endpointOf(entry: ServiceSite): EndpointSettings {
  if (entry.external) return entry.external.target;
  const workload = entry.workload!;
  return {
    port: workload.port,
    protocol: workload.healthCheckProtocol ?? defaultProtocol(workload.port),
    path: workload.healthCheckPath,
  };
}

/**
 * How DNS reaches a site: an external workload's endpoint, the site's own `endpoint`, or its load balancer;
 * undefined when it has none of them.
 */
function targetSource(
  entry: ServiceSite,
  balancer: LoadBalancerPlan | undefined,
  sites: ReadonlyMap<string, ServiceSite>,
): TargetSource | undefined {
  if (entry.external) return { kind: "address", target: entry.external.target, external: entry.external };
  const endpoint = entry.workload?.endpoint;
  if (endpoint !== undefined) {
    const addressKind = addressType(endpoint, entry.workload?.endpointType);
    return { kind: "address", target: { ...endpointOf(entry), address: endpoint, addressType: addressKind } };
  }
  if (!balancer) return undefined;
  const alias = sites.get(balancer.site)!.site.has("loadBalancerAlias");
  return { kind: "load-balancer", balancer: balancer.site, endpoint: endpointOf(entry), alias };
}

/**
 * Plans load balancers, health checks and records, and checks what they need: Route 53 on the DNS site, an
 * interval Route 53 can run, an address for every site with compute, an alarm region the crisis cell's topic
 * shares.
 */
export function planServiceTraffic(
  component: string,
  plan: ContinuityPlan,
  serviceId: string,
  service: ServiceSpec,
  placements: readonly Placement[],
  compute: readonly ComputePlan[],
  sites: ReadonlyMap<string, ServiceSite>,
  dns: { hostedZoneId: pulumi.Input<string>; recordName: pulumi.Input<string>; site?: string } | undefined,
  crisisCell: CrisisCell | undefined,
): ServiceTraffic {
  const method = service.traffic.method;
  const loadBalancers = planLoadBalancers(
    method,
    placements.map((placement, index) => {
      const entry = sites.get(placement.site)!;
      return {
        site: placement.site,
        provider: entry.site.spec.provider,
        region: entry.site.region,
        compute: compute[index].mode,
        wantsLoadBalancer: entry.workload?.loadBalancer ?? false,
      };
    }),
  );
  const targets = new Map<string, TargetSource>();
  for (const placement of placements) {
    const balancer = loadBalancers.find((group) => group.sites.includes(placement.site));
    const source = targetSource(sites.get(placement.site)!, balancer, sites);
    if (source) targets.set(placement.site, source);
  }
  const balancerCheck = loadBalancers.length > 0 ? elbHealthCheck(service.traffic.healthCheck) : null;
  const fromBalancer = balancerCheck && {
    interval: balancerCheck.interval,
    failureThreshold: balancerCheck.unhealthyThreshold,
  };
  if (!dns) return { loadBalancers, targets, dns: null, deployedHealthCheck: fromBalancer };

  const site = dnsSite(component, plan, serviceId, dns.site);
  const { interval, failureThreshold } = service.traffic.healthCheck;
  if (!(ROUTE53_INTERVALS as readonly number[]).includes(interval)) {
    throw new ComponentError(
      component,
      `services.${serviceId}.traffic.healthCheck.interval is ${interval}s, but Route 53 health checks run every 10s or 30s.`,
      "set the interval to 10s or 30s in the policy, or drop dns to check through a load balancer only",
    );
  }
  if (method !== "load-balancer") {
    for (const [index, placement] of placements.entries()) {
      const mode = compute[index].mode;
      if ((mode === "asg" || mode === "instances") && !targets.has(placement.site)) {
        throw new ComponentError(
          component,
          `site ${placement.site} has no address for the Route 53 health check and record of ${serviceId}.`,
          `set sites["${placement.site}"].endpoint to an address that reaches its units, or sites["${placement.site}"].loadBalancer: true`,
        );
      }
    }
  }
  const addressable = new Set(targets.keys());
  const records = planRecords(method, placements, addressable, loadBalancers);
  requireOneRecordType(component, serviceId, records, targets);
  const alarmRegion = healthAlarmRegion(site.partition ?? "aws", site.region ?? "");
  const healthChecks = planHealthChecks(method, placements, addressable, loadBalancers);
  const emptyOnPurpose = new Set(
    placements
      .filter((placement, index) => placement.desired === 0 && compute[index].mode !== "external")
      .map((placement) => placement.site),
  );
  return {
    loadBalancers,
    targets,
    dns: {
      site,
      zoneId: dns.hostedZoneId,
      recordName: dns.recordName,
      ttl: service.traffic.ttl ?? 60,
      records,
      healthChecks,
      alarmed: healthChecks.filter((target) => !emptyOnPurpose.has(target)),
      alarmRegion,
      topicArn: crisisCell?.topicArnFor(component, alarmRegion),
    },
    deployedHealthCheck: method === "load-balancer" && fromBalancer ? fromBalancer : { interval, failureThreshold },
  };
}

/**
 * The records of one name must share a type: Route 53 refuses a CNAME beside any other record, so host names
 * (CNAME) and IP addresses (A) cannot be mixed among a service's sites.
 */
function requireOneRecordType(
  component: string,
  serviceId: string,
  records: readonly RecordPlan[],
  targets: ReadonlyMap<string, TargetSource>,
): void {
  const kindOf = (site: string) => {
    const source = targets.get(site)!;
    if (source.kind === "load-balancer") return source.alias ? "AWS load balancer (alias A record)" : "host name";
    return source.target.addressType === "ip" ? "IP address" : "host name";
  };
  const types = new Set(records.map((record) => kindOf(record.target) === "host name"));
  if (types.size <= 1) return;
  const listed = records.map((record) => `${record.target}: ${kindOf(record.target)}`);
  throw new ComponentError(
    component,
    `the Route 53 records of ${serviceId} would mix host names and IP addresses (${listed.join(", ")}); a CNAME cannot share its name with other records.`,
    "give every site of the service an endpoint of the same kind: host names (with endpointType: fqdn) or IP addresses",
  );
}

function dnsSite(component: string, plan: ContinuityPlan, serviceId: string, requested: string | undefined): PlanSite {
  if (requested === undefined) {
    const site = plan.firstSiteWith("route53");
    if (!site) {
      throw new ComponentError(
        component,
        `dns needs Route 53, but no site of policy ${plan.policy.metadata.name} offers route53.`,
        `drop dns and use traffic.method manual or load-balancer for ${serviceId}, or add an aws or aws-eusc site to the policy`,
      );
    }
    return site;
  }
  const site = plan.site(requested);
  requireCapability({
    component,
    site: site.id,
    provider: site.spec.provider,
    capability: "route53",
    purpose: `for the health checks and records of ${serviceId}`,
    hint: "set dns.site to an aws or aws-eusc site, or drop dns and use traffic.method manual or load-balancer",
  });
  return site;
}
