import type { Group } from "@pulumi/aws/autoscaling";
import type { Plan } from "@pulumi/aws/backup";
import type { Snapshot } from "@pulumi/aws/ebs";
import type { Instance, SecurityGroup } from "@pulumi/aws/ec2";
import type { InstanceState } from "@pulumi/aws/ec2transitgateway";
import type { LoadBalancer } from "@pulumi/aws/elb";
import type { V2Policy } from "@pulumi/aws/resiliencehub";
import type { Record as DnsRecord, HealthCheck } from "@pulumi/aws/route53";
import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { bindError, ComponentError, componentLabel } from "../errors";
import { type ComputePlan, planCompute } from "../planning/compute";
import { type Placement, planPlacements } from "../planning/placement";
import { planResiliencePolicy } from "../planning/resilience";
import type { HealthProtocol } from "../planning/workload";
import type { SecureBucket } from "../resources/buckets";
import { createSecurityGroup } from "../resources/compute";
import { createResiliencePolicy } from "../resources/resilience";
import type { RiskRequest } from "../risks";
import { relaisTags } from "../tags";
import { ContinuityPlan } from "./continuity-plan";
import { CrisisCell } from "./crisis-cell";
import type { ExternalWorkload } from "./external-workload";
import { buildCompute } from "./failover-compute";
import { buildData, planServiceData } from "./failover-data";
import { buildManifestEntry } from "./failover-manifest";
import { resolveServiceSites } from "./failover-sites";
import { buildTraffic, planServiceTraffic, type ServiceTraffic } from "./failover-traffic";
import { input, parseArgs } from "./parse-args";
import { requireSecureBucket, requireSecureCompute } from "./secure-defaults";

export const FAILOVER_SERVICE_TYPE = "relais:aws:FailoverService";

/** Workload settings of a cloud site of a `FailoverService`. */
export interface SiteWorkload {
  /** Machine image the site runs (an AMI on AWS, an OMI on Outscale). Recorded in the manifest. */
  imageId: pulumi.Input<string>;
  /** Instance type. @default "t3.medium" on aws and aws-eusc, "tinav5.c2r4p2" on outscale (`tinavW.cXrYpZ`) */
  instanceType?: pulumi.Input<string>;
  /** VPC (Outscale: Net) of the site's subnets. */
  vpcId: pulumi.Input<string>;
  /**
   * Subnets the units run in; instances are spread over them in order. A list, or an output of one (awsx
   * `Vpc.privateSubnetIds`).
   */
  subnetIds: pulumi.Input<pulumi.Input<string>[]>;
  /** User data (plain text; encoded for launch templates). @default none */
  userData?: pulumi.Input<string>;
  /** Port that serves the service and its health checks. @default 443 */
  port?: number;
  /** Health-check path (HTTP and HTTPS). @default "/health" */
  healthCheckPath?: string;
  /** Health-check protocol. @default "HTTPS" on port 443, else "HTTP" */
  healthCheckProtocol?: HealthProtocol;
  /** Give units a public IP address. @default false */
  associatePublicIp?: boolean;
  /** CIDR blocks admitted on the service port. @default ["0.0.0.0/0"] (units have no public IP by default) */
  ingressCidrs?: string[];
  /**
   * Address that reaches the site's units (a reverse proxy, an Elastic IP, a load balancer of your own), used by
   * the Route 53 health check and record. Not needed when the site has a load balancer.
   * @default the site's load balancer, if any
   */
  endpoint?: pulumi.Input<string>;
  /** Whether `endpoint` is a host name or an IP address. @default "ip" for a literal IPv4 address, else "fqdn" */
  endpointType?: "fqdn" | "ip";
  /**
   * Put a load balancer (classic ELB API; Outscale LBU) in front of the site's units. With
   * `traffic.method: load-balancer` every region of the service gets one whatever this says.
   * @default false
   */
  loadBalancer?: boolean;
  /** Root volume size in GiB. @default the image's */
  rootVolumeSize?: number;
  /** Root device name of the image, for the launch template's encrypted root volume. @default "/dev/xvda" */
  rootDeviceName?: string;
  /** SSH key pair name. @default none */
  keyName?: pulumi.Input<string>;
}

/** Route 53 settings of a `FailoverService`. */
export interface FailoverDns {
  /** Hosted zone of the record. */
  hostedZoneId: pulumi.Input<string>;
  /** Record name, such as `pay.acme.example`. */
  recordName: pulumi.Input<string>;
  /** Site whose provider manages Route 53. @default the plan's first site with Route 53 (aws, aws-eusc) */
  site?: string;
}

/** Data settings of a `FailoverService`. */
export interface FailoverData {
  /**
   * For replication modes: `s3` creates a bucket per cloud site with S3 replication; `application` creates no
   * storage (the application replicates, e.g. database streaming replication). Outscale OOS has no replication.
   * @default "s3"
   */
  storage?: "s3" | "application";
  /** Days AWS Backup keeps recovery points (and their copies). @default 35 */
  backupRetentionDays?: number;
  /** Let `pulumi destroy` delete buckets that still hold objects. @default false */
  forceDestroy?: boolean;
}

/** Arguments of a `FailoverService`. */
export interface FailoverServiceArgs {
  /** The plan whose policy defines the service. */
  plan: ContinuityPlan;
  /** The policy service id. */
  service: string;
  /** Every site of the service: workload settings for a cloud site, an `ExternalWorkload` for an external one. */
  sites: Record<string, SiteWorkload | ExternalWorkload>;
  /** Route 53 health checks and records (DNS-based and manual methods). @default none: no Route 53 resource */
  dns?: FailoverDns;
  /** Crisis cell whose topic the health-check alarms notify. @default none */
  crisisCell?: CrisisCell;
  /** Data settings. @default { storage: "s3", backupRetentionDays: 35, forceDestroy: false } */
  data?: FailoverData;
}

const Args = z.strictObject({
  plan: z.instanceof(ContinuityPlan, { error: "plan must be a ContinuityPlan" }),
  service: z.string().min(1),
  sites: z.record(z.string(), z.unknown()),
  dns: z
    .strictObject({
      hostedZoneId: input(z.string().min(1)),
      recordName: input(z.string().min(1)),
      site: z.string().min(1).optional(),
    })
    .optional(),
  crisisCell: z.instanceof(CrisisCell, { error: "crisisCell must be a CrisisCell" }).optional(),
  data: z
    .strictObject({
      storage: z.enum(["s3", "application"]).default("s3"),
      backupRetentionDays: z.number().int().min(1).default(35),
      forceDestroy: z.boolean().default(false),
    })
    .prefault({}),
});

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
      const parsed = parseArgs(label, Args, args);
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
