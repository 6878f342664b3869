import type { SecurityGroup } from "@pulumi/aws/ec2";
import type { LoadBalancer } from "@pulumi/aws/elb";
import type { Record as DnsRecord, HealthCheck } from "@pulumi/aws/route53";
import * as pulumi from "@pulumi/pulumi";
import type { ServiceSpec } from "@relais/policy";
import { createHealthAlarm, createHealthCheck, createRecord, type DnsTarget } from "../resources/dns";
import { createLoadBalancer } from "../resources/load-balancer";
import type { ServiceSite } from "./failover-sites";
import { endpointOf, type ServiceTraffic } from "./failover-traffic";

/** The traffic resources of a service. */
export interface BuiltTraffic {
  loadBalancers: Record<string, LoadBalancer>;
  healthChecks: Record<string, HealthCheck>;
  records: Record<string, DnsRecord>;
  loadBalancerOf(site: string): LoadBalancer | undefined;
  /** What the record pointing at a site answers (address, host name or load balancer), if a record does. */
  dnsTargetOf(site: string): pulumi.Input<string> | undefined;
}

/** Creates the load balancers, health checks, alarms and records of a traffic plan. */
export function buildTraffic(
  name: string,
  parent: pulumi.Resource,
  traffic: ServiceTraffic,
  sites: ReadonlyMap<string, ServiceSite>,
  securityGroups: Readonly<Record<string, SecurityGroup>>,
  tagsOf: (site: string) => Record<string, string>,
  healthCheck: ServiceSpec["traffic"]["healthCheck"],
): BuiltTraffic {
  const loadBalancers: Record<string, LoadBalancer> = {};
  for (const group of traffic.loadBalancers) {
    const first = sites.get(group.site)!;
    loadBalancers[group.site] = createLoadBalancer(
      `${name}-${group.site}-lb`,
      {
        site: first.site,
        subnetIds: pulumi
          .all(group.sites.map((site) => pulumi.output(sites.get(site)!.workload!.subnetIds)))
          .apply((lists) => lists.flat()),
        securityGroups: group.sites.map((site) => securityGroups[site]),
        endpoint: endpointOf(first),
        healthCheck,
        tags: tagsOf(group.site),
      },
      { parent },
    );
  }
  const targetOf = (site: string): DnsTarget => {
    const source = traffic.targets.get(site)!;
    if (source.kind === "address") return source.target;
    const balancer = loadBalancers[source.balancer];
    return {
      ...source.endpoint,
      address: balancer.dnsName,
      addressType: "fqdn",
      ...(source.alias ? { aliasZoneId: balancer.zoneId } : {}),
    };
  };
  const healthChecks: Record<string, HealthCheck> = {};
  const records: Record<string, DnsRecord> = {};
  const dnsTargets = new Map<string, pulumi.Input<string>>();
  const dns = traffic.dns;
  if (dns) {
    const options = { parent, provider: dns.site.provider };
    for (const site of dns.healthChecks) {
      const tags = tagsOf(site);
      const source = traffic.targets.get(site);
      const reused = source?.kind === "address" ? source.external?.healthCheck : undefined;
      const check = reused ?? createHealthCheck(`${name}-${site}-health`, targetOf(site), healthCheck, tags, options);
      healthChecks[site] = check;
      // An external workload that monitors itself already alarms on this check.
      if (reused && source?.kind === "address" && source.external?.alarm) continue;
      if (!dns.alarmed.includes(site)) continue;
      createHealthAlarm(
        `${name}-${site}-alarm`,
        check,
        dns.alarmRegion,
        dns.topicArn,
        `Relais: ${tags["relais:service"]} at ${site} is unhealthy`,
        tags,
        options,
      );
    }
    for (const record of dns.records) {
      dnsTargets.set(record.target, targetOf(record.target).address);
      records[record.key] = createRecord(
        `${name}-${record.key}-record`,
        {
          zoneId: dns.zoneId,
          recordName: dns.recordName,
          target: targetOf(record.target),
          ttl: dns.ttl,
          routing: record.routing,
          setIdentifier: record.key,
          healthCheck: healthChecks[record.target],
        },
        // Records keyed by role were once named after their target site: the alias makes a stack deployed then
        // replace its record in place (delete first) rather than create a second PRIMARY beside the old one.
        record.key === record.target ? options : { ...options, aliases: [{ name: `${name}-${record.target}-record` }] },
      );
    }
  }
  return {
    loadBalancers,
    healthChecks,
    records,
    loadBalancerOf: (site) => {
      const group = traffic.loadBalancers.find((balancer) => balancer.sites.includes(site));
      return group ? loadBalancers[group.site] : undefined;
    },
    dnsTargetOf: (site) => dnsTargets.get(site),
  };
}
