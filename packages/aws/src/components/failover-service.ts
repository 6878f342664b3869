import type { Group } from "@pulumi/aws/autoscaling";
import type { Plan } from "@pulumi/aws/backup";
import type { Snapshot } from "@pulumi/aws/ebs";
import type { Instance, SecurityGroup } from "@pulumi/aws/ec2";
import type { InstanceState } from "@pulumi/aws/ec2transitgateway";
import type { LoadBalancer } from "@pulumi/aws/elb";
import type { V2Policy } from "@pulumi/aws/resiliencehub";
import type { Record as DnsRecord, HealthCheck } from "@pulumi/aws/route53";
import * as pulumi from "@pulumi/pulumi";
import { bindError, ComponentError, componentLabel } from "../errors";
import { type ComputePlan, planCompute } from "../planning/compute";
import { type Placement, planPlacements } from "../planning/placement";
import { planResiliencePolicy } from "../planning/resilience";
import type { SecureBucket } from "../resources/buckets";
import { createSecurityGroup } from "../resources/compute";
import { createResiliencePolicy } from "../resources/resilience";
import type { RiskRequest } from "../risks";
import { relaisTags } from "../tags";
import type { ContinuityPlan } from "./continuity-plan";
import { buildCompute } from "./failover-compute";
import { buildData, planServiceData } from "./failover-data";
import { buildManifestEntry } from "./failover-manifest";
import { type FailoverServiceArgs, FailoverServiceArgsSchema } from "./failover-service-args";
import { resolveServiceSites } from "./failover-sites";
import { planServiceTraffic, type ServiceTraffic } from "./failover-traffic";
import { buildTraffic } from "./failover-traffic-build";
import { parseArgs } from "./parse-args";
import { requireSecureBucket, requireSecureCompute } from "./secure-defaults";

export const FAILOVER_SERVICE_TYPE = "relais:aws:FailoverService";

/**
 * One policy service across its sites, realising its strategy: compute sized per site (Auto Scaling where the
 * provider has it, else instances), load balancers, Route 53 health checks and records with an alarm per check
 * to the crisis cell, and the data resources of its data mode. See docs/components.md.
 */
export class FailoverService extends pulumi.ComponentResource {
  readonly serviceId: string;
  /** Deployed placement: primary (or first active) first, then the failover order. */
  readonly placements: readonly Placement[];
  /** Compute plan per site. */
  readonly compute: readonly ComputePlan[];
  readonly securityGroups: Readonly<Record<string, SecurityGroup>>;
  readonly autoScalingGroups: Readonly<Record<string, Group>>;
  readonly instances: Readonly<Record<string, Instance[]>>;
  /** The state of each instance (`running` or `stopped`) by site: changed by an evacuation, never removed. */
  readonly instanceStates: Readonly<Record<string, InstanceState[]>>;
  /** Load balancers by name site (the first site of each). */
  readonly loadBalancers: Readonly<Record<string, LoadBalancer>>;
  readonly healthChecks: Readonly<Record<string, HealthCheck>>;
  /** Route 53 records by key: `primary` and `secondary` (failover, manual, load-balancer), the site (weighted). */
  readonly records: Readonly<Record<string, DnsRecord>>;
  readonly buckets: Readonly<Record<string, SecureBucket>>;
  readonly backupPlan: Plan | undefined;
  readonly snapshots: readonly Snapshot[];
  /** The service's Resilience Hub policy, when the plan asks for them and a site of the service offers it. */
  readonly resiliencePolicy: V2Policy | undefined;

  constructor(name: string, args: FailoverServiceArgs, opts?: pulumi.ComponentResourceOptions) {
    super(FAILOVER_SERVICE_TYPE, name, {}, opts);
    const label = componentLabel("FailoverService", name);
    try {
      const parsed = parseArgs(label, FailoverServiceArgsSchema, args);
      const { plan } = parsed;
      const serviceId = parsed.service;
      const service = plan.policy.services[serviceId];
      if (!service) {
        throw new ComponentError(
          label,
          `service ${serviceId} is not in policy ${plan.policy.metadata.name}.`,
          `use one of: ${Object.keys(plan.policy.services).join(", ")}`,
        );
      }

      // Plan and validate everything before the first child exists.
      const sites = resolveServiceSites(label, plan, serviceId, service, parsed.sites);
      this.serviceId = serviceId;
      this.placements = planPlacements(label, serviceId, service, plan.evacuate);
      this.compute = this.placements.map((placement) => {
        const entry = sites.get(placement.site)!;
        const provider = entry.site.spec.provider;
        return planCompute(service.strategy, service.capacity.required, placement, provider, !!entry.external);
      });
      const traffic: ServiceTraffic = planServiceTraffic(
        label,
        plan,
        serviceId,
        service,
        this.placements,
        this.compute,
        sites,
        parsed.dns,
        parsed.crisisCell,
      );
      const acknowledge = (request: Omit<RiskRequest, "component">) =>
        plan.requireAcknowledged({ component: label, ...request });
      const dataPlan = planServiceData(label, serviceId, service, sites, parsed.data.storage, acknowledge);
      for (const computePlan of this.compute) {
        if (computePlan.mode === "asg" || computePlan.mode === "instances") {
          requireSecureCompute(label, plan, serviceId, sites.get(computePlan.site)!.site);
        }
      }
      for (const site of dataPlan.kind === "buckets"
        ? dataPlan.sites
        : dataPlan.kind === "landing"
          ? [dataPlan.site]
          : []) {
        requireSecureBucket(label, plan, sites.get(site)!.site, `the data buckets of ${serviceId}`);
      }
      const placementOf = (site: string) => this.placements.find((placement) => placement.site === site)!;
      const tagsOf = (site: string) => {
        const { role } = placementOf(site);
        return relaisTags({ policy: plan.policy.metadata.name, service: serviceId, tier: service.tier, site, role });
      };
      plan.attachService(serviceId, label, () =>
        buildManifestEntry(
          serviceId,
          service,
          this.placements,
          this.compute,
          sites,
          traffic,
          dataPlan.deployed,
          (site) => built.dnsTargetOf(site),
        ),
      );

      // Security groups first: load balancers use them, compute joins the load balancers.
      const securityGroups: Record<string, SecurityGroup> = {};
      for (const placement of this.placements) {
        const entry = sites.get(placement.site)!;
        if (!entry.workload) continue;
        const options = { parent: this, provider: entry.site.provider };
        const groupName = `${name}-${placement.site}-sg`;
        securityGroups[placement.site] = createSecurityGroup(
          groupName,
          entry.workload,
          tagsOf(placement.site),
          options,
        );
      }
      this.securityGroups = securityGroups;
      const built = buildTraffic(name, this, traffic, sites, securityGroups, tagsOf, service.traffic.healthCheck);
      this.loadBalancers = built.loadBalancers;
      this.healthChecks = built.healthChecks;
      this.records = built.records;

      const compute = buildCompute(
        name,
        { label, resource: this },
        this.compute,
        sites,
        securityGroups,
        built.loadBalancerOf,
        tagsOf,
      );
      this.autoScalingGroups = compute.groups;
      this.instances = compute.instances;
      this.instanceStates = compute.states;

      const every = service.data.mode === "backup" ? service.data.every : undefined;
      this.resiliencePolicy = plan.resilienceHub ? this.createResiliencePolicy(name, plan, serviceId) : undefined;
      const data = buildData(
        name,
        this,
        dataPlan,
        { id: serviceId, every },
        sites,
        this.instances,
        parsed.data,
        tagsOf,
      );
      this.buckets = data.buckets;
      this.backupPlan = data.backupPlan;
      this.snapshots = data.snapshots;
    } catch (error) {
      throw bindError(error, this);
    }
    this.registerOutputs({
      serviceId: this.serviceId,
      placements: this.placements.map(({ site, role, desired }) => ({ site, role, desired })),
      autoScalingGroupNames: Object.fromEntries(
        Object.entries(this.autoScalingGroups).map(([site, g]) => [site, g.name]),
      ),
      instanceIds: Object.fromEntries(
        Object.entries(this.instances).map(([site, list]) => [site, list.map((i) => i.id)]),
      ),
      resiliencePolicyArn: this.resiliencePolicy?.arn,
      healthCheckIds: Object.fromEntries(Object.entries(this.healthChecks).map(([site, check]) => [site, check.id])),
      recordFqdns: Object.fromEntries(Object.entries(this.records).map(([key, record]) => [key, record.fqdn])),
      bucketNames: Object.fromEntries(
        Object.entries(this.buckets).map(([site, bucket]) => [site, bucket.bucket.bucket]),
      ),
    });
  }

  private createResiliencePolicy(name: string, plan: ContinuityPlan, serviceId: string): V2Policy | undefined {
    const planned = planResiliencePolicy(plan.policy, serviceId);
    if (!planned) return undefined;
    const site = plan.site(planned.site);
    const service = plan.policy.services[serviceId];
    const tags = relaisTags({
      policy: plan.policy.metadata.name,
      service: serviceId,
      tier: service.tier,
      site: site.id,
      role: "shared",
    });
    const description = `Relais: ${serviceId} (${service.strategy}, tier ${service.tier}) of policy ${plan.policy.metadata.name}`;
    return createResiliencePolicy(`${name}-resilience`, planned, description, tags, {
      parent: this,
      provider: site.provider,
    });
  }
}
