import { MetricAlarm } from "@pulumi/aws/cloudwatch";
import { Record as DnsRecord, HealthCheck } from "@pulumi/aws/route53";
import type * as pulumi from "@pulumi/pulumi";
import type { Routing } from "../planning/traffic";
import type { EndpointSettings } from "../planning/workload";

/** An address Route 53 can check and point at. */
export interface DnsTarget extends EndpointSettings {
  address: pulumi.Input<string>;
  addressType: "fqdn" | "ip";
  /**
   * The hosted zone of an AWS load balancer at `address`: the record is then an alias with target-health
   * evaluation (Route 53 answers with the balancer's addresses and skips it when no unit behind it is healthy).
   */
  aliasZoneId?: pulumi.Input<string>;
}

/**
 * A Route 53 health check on an endpoint with the policy's interval and failure threshold. HTTPS checks send
 * SNI when the address is a name; TCP checks only open the port.
 */
export function createHealthCheck(
  name: string,
  target: DnsTarget,
  healthCheck: { interval: number; failureThreshold: number },
  tags: Record<string, string>,
  opts: pulumi.CustomResourceOptions,
): HealthCheck {
  const address = target.addressType === "ip" ? { ipAddress: target.address } : { fqdn: target.address };
  return new HealthCheck(
    name,
    {
      type: target.protocol,
      ...address,
      port: target.port,
      ...(target.protocol === "TCP" ? {} : { resourcePath: target.path }),
      ...(target.protocol === "HTTPS" && target.addressType === "fqdn" ? { enableSni: true } : {}),
      requestInterval: healthCheck.interval,
      failureThreshold: healthCheck.failureThreshold,
      tags: { ...tags, Name: name },
    },
    opts,
  );
}

/**
 * The region of the CloudWatch alarms on Route 53 health checks: Route 53 publishes their metrics in us-east-1
 * in the `aws` partition; elsewhere (the European Sovereign Cloud) in the partition's own region.
 */
export function healthAlarmRegion(partition: string, region: string): string {
  return partition === "aws" ? "us-east-1" : region;
}

/**
 * A CloudWatch alarm that fires when a health check reports the endpoint unhealthy (and when data stops), and
 * notifies the crisis cell's topic when there is one.
 */
export function createHealthAlarm(
  name: string,
  healthCheck: HealthCheck,
  region: string,
  topicArn: pulumi.Input<string> | undefined,
  description: string,
  tags: Record<string, string>,
  opts: pulumi.CustomResourceOptions,
): MetricAlarm {
  const actions = topicArn === undefined ? [] : [topicArn];
  return new MetricAlarm(
    name,
    {
      region,
      alarmDescription: description,
      namespace: "AWS/Route53",
      metricName: "HealthCheckStatus",
      dimensions: { HealthCheckId: healthCheck.id },
      statistic: "Minimum",
      period: 60,
      evaluationPeriods: 1,
      threshold: 1,
      comparisonOperator: "LessThanThreshold",
      treatMissingData: "breaching",
      alarmActions: actions,
      okActions: actions,
      tags,
    },
    opts,
  );
}

/** What a Route 53 record needs. */
export interface RecordSpec {
  zoneId: pulumi.Input<string>;
  recordName: pulumi.Input<string>;
  target: DnsTarget;
  ttl: number;
  routing: Routing;
  setIdentifier: string;
  healthCheck: HealthCheck | undefined;
}

/**
 * A record to one target: an alias A record for an AWS load balancer, CNAME for a name, A for an address, with the
 * routing policy of the plan.
 */
export function createRecord(name: string, spec: RecordSpec, opts: pulumi.CustomResourceOptions): DnsRecord {
  const routing =
    spec.routing.kind === "failover"
      ? { failoverRoutingPolicies: [{ type: spec.routing.type }], setIdentifier: spec.setIdentifier }
      : spec.routing.kind === "weighted"
        ? { weightedRoutingPolicies: [{ weight: spec.routing.weight }], setIdentifier: spec.setIdentifier }
        : {};
  const { target } = spec;
  const answer =
    target.aliasZoneId === undefined
      ? { type: target.addressType === "ip" ? "A" : "CNAME", ttl: spec.ttl, records: [target.address] }
      : { type: "A", aliases: [{ name: target.address, zoneId: target.aliasZoneId, evaluateTargetHealth: true }] };
  return new DnsRecord(
    name,
    {
      zoneId: spec.zoneId,
      name: spec.recordName,
      ...answer,
      ...routing,
      ...(spec.healthCheck && spec.routing.kind !== "simple" ? { healthCheckId: spec.healthCheck.id } : {}),
    },
    // A replaced record (another set identifier) must go before its successor exists: Route 53 refuses a second
    // PRIMARY (or SECONDARY) failover record for one name.
    { ...opts, deleteBeforeReplace: true },
  );
}
