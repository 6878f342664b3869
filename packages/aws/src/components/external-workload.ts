import type { MetricAlarm } from "@pulumi/aws/cloudwatch";
import type { HealthCheck } from "@pulumi/aws/route53";
import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { requireCapability } from "../capabilities";
import { bindError, ComponentError, componentLabel } from "../errors";
import { settle } from "../outputs";
import { planPlacements } from "../planning/placement";
import { addressType, defaultProtocol, ExternalEndpointSchema, type HealthProtocol } from "../planning/workload";
import { createHealthAlarm, createHealthCheck, type DnsTarget, healthAlarmRegion } from "../resources/dns";
import { relaisTags, type TagRole } from "../tags";
import { ContinuityPlan, type PlanSite } from "./continuity-plan";
import { CrisisCell } from "./crisis-cell";
import { parseArgs } from "./parse-args";

export const EXTERNAL_WORKLOAD_TYPE = "relais:aws:ExternalWorkload";

/** The endpoint of an external workload. */
export interface ExternalEndpoint {
  /** Host name or IP address that serves the workload (a reverse proxy, a public address of the datacenter). */
  address: pulumi.Input<string>;
  /**
   * Whether `address` is a host name (`fqdn`: CNAME records) or an IP address (`ip`: A records).
   * @default "ip" for a literal IPv4 address, else "fqdn"
   */
  addressType?: "fqdn" | "ip";
  /** Port that serves the workload and its health check. @default 443 */
  port?: number;
  /** Health-check protocol. @default "HTTPS" on port 443, else "HTTP" */
  protocol?: HealthProtocol;
  /** Health-check path (HTTP and HTTPS). @default "/health" */
  path?: string;
}

/** Arguments of an `ExternalWorkload`. */
export interface ExternalWorkloadArgs {
  /** The plan whose policy defines the service and the site. */
  plan: ContinuityPlan;
  /** The policy service this workload serves. */
  service: string;
  /** The policy site that hosts it: on-premises, colocation, or a cloud site this stack does not manage. */
  site: string;
  /** Where the workload answers. */
  endpoint: ExternalEndpoint;
  /** Machine image it runs, when known, recorded in the manifest. @default none (null in the manifest) */
  imageId?: string;
  /**
   * Units it runs, recorded in the manifest (not managed by this stack).
   * @default the policy's sizing for the site's role: `required` as primary or active, `standby` otherwise
   */
  units?: number;
  /**
   * Monitor the endpoint with a Route 53 health check (and an alarm to `crisisCell`): `true` uses the plan's
   * first site with Route 53, `{ site }` names it. A `FailoverService` with DNS reuses this health check.
   * @default false
   */
  monitor?: boolean | { site: string };
  /** Crisis cell whose topic the monitoring alarm notifies. @default none */
  crisisCell?: CrisisCell;
}

const Args = z.strictObject({
  plan: z.instanceof(ContinuityPlan, { error: "plan must be a ContinuityPlan" }),
  service: z.string().min(1),
  site: z.string().min(1),
  endpoint: ExternalEndpointSchema,
  imageId: z.string().min(1).optional(),
  units: z.number().int().nonnegative().optional(),
  monitor: z.union([z.boolean(), z.strictObject({ site: z.string().min(1) })]).default(false),
  crisisCell: z.instanceof(CrisisCell, { error: "crisisCell must be a CrisisCell" }).optional(),
});

/**
 * A workload hosted outside the stack's clouds (an on-premises room, a colocation, another provider, a SaaS):
 * its endpoint and health check, and its place in a `FailoverService` (pass it in that service's `sites`) as
 * the primary or a failover target. The stack creates nothing at the site itself.
 */
export class ExternalWorkload extends pulumi.ComponentResource {
  readonly plan: ContinuityPlan;
  readonly serviceId: string;
  readonly siteId: string;
  /** The endpoint with its defaults applied. */
  readonly target: DnsTarget;
  /** Image recorded in the manifest, or null. */
  readonly imageId: string | null;
  /** Units recorded in the manifest, when given. */
  readonly units: number | undefined;
  /** The Route 53 health check when `monitor` is on. */
  readonly healthCheck: HealthCheck | undefined;
  /** The alarm on that health check. */
  readonly alarm: MetricAlarm | undefined;

  private readonly label: string;

  constructor(name: string, args: ExternalWorkloadArgs, opts?: pulumi.ComponentResourceOptions) {
    super(EXTERNAL_WORKLOAD_TYPE, name, {}, opts);
    this.label = componentLabel("ExternalWorkload", name);
    try {
      const parsed = parseArgs(this.label, Args, args);
      const { plan } = parsed;
      const policy = plan.policy;
      const service = policy.services[parsed.service];
      if (!service) {
        throw new ComponentError(
          this.label,
          `service ${parsed.service} is not in policy ${policy.metadata.name}.`,
          `use one of: ${Object.keys(policy.services).join(", ")}`,
        );
      }
      if (!service.sites.includes(parsed.site)) {
        throw new ComponentError(
          this.label,
          `site ${parsed.site} is not a site of service ${parsed.service} (sites: ${service.sites.join(", ")}).`,
          `add ${parsed.site} to services.${parsed.service}.sites, or name one of its sites`,
        );
      }
      const site = plan.site(parsed.site);
      this.plan = plan;
      this.serviceId = parsed.service;
      this.siteId = parsed.site;
      this.imageId = parsed.imageId ?? null;
      this.units = parsed.units;
      const port = parsed.endpoint.port;
      this.target = {
        address: parsed.endpoint.address,
        addressType: addressType(parsed.endpoint.address, parsed.endpoint.addressType),
        port,
        protocol: parsed.endpoint.protocol ?? defaultProtocol(port),
        path: parsed.endpoint.path,
      };

      const placement = planPlacements(this.label, parsed.service, service, plan.evacuate).find(
        (entry) => entry.site === site.id,
      )!;
      const role: TagRole = placement.role;
      const tags = relaisTags({
        policy: policy.metadata.name,
        service: parsed.service,
        tier: service.tier,
        site: site.id,
        role,
      });
      if (parsed.monitor !== false) {
        const dnsSite = this.monitorSite(plan, parsed.monitor === true ? undefined : parsed.monitor.site);
        const options = { parent: this, provider: dnsSite.provider };
        this.healthCheck = createHealthCheck(`${name}-health`, this.target, service.traffic.healthCheck, tags, options);
        const region = healthAlarmRegion(dnsSite.partition ?? "aws", dnsSite.region ?? "");
        const topicArn = parsed.crisisCell?.topicArnFor(this.label, region);
        this.alarm = createHealthAlarm(
          `${name}-alarm`,
          this.healthCheck,
          region,
          topicArn,
          `Relais: ${parsed.service} at ${site.id} (external) is unhealthy`,
          tags,
          options,
        );
      }
    } catch (error) {
      throw bindError(error, this);
    }
    this.registerOutputs({
      address: this.target.address,
      healthCheckId: this.healthCheck?.id,
      alarmArn: this.alarm?.arn,
    });
  }

  /** The endpoint address resolved for the manifest and checks (null when unknown in a preview). */
  address(): Promise<string | null> {
    return settle(this.target.address);
  }

  private monitorSite(plan: ContinuityPlan, requested: string | undefined): PlanSite {
    if (requested !== undefined) {
      const site = plan.site(requested);
      requireCapability({
        component: this.label,
        site: site.id,
        provider: site.spec.provider,
        capability: "route53",
        purpose: "for the health check of this external workload",
        hint: "name a site with Route 53 (aws, aws-eusc) in monitor.site, or set monitor: false",
      });
      return site;
    }
    const site = plan.firstSiteWith("route53");
    if (!site) {
      throw new ComponentError(
        this.label,
        `monitor needs Route 53, but no site of policy ${plan.policy.metadata.name} offers route53.`,
        "add an aws or aws-eusc site to the policy, or set monitor: false",
      );
    }
    return site;
  }
}
