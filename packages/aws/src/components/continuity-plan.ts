import { Provider, type ProviderArgs } from "@pulumi/aws/provider";
import { ResiliencyPolicy } from "@pulumi/aws/resiliencehub";
import * as pulumi from "@pulumi/pulumi";
import {
  type ContinuityPolicy,
  type Finding,
  type Manifest,
  type ManifestService,
  registerManifest,
  type ServiceSpec,
  type SiteSpec,
  type TierSpec,
} from "@relais/policy";
import { z } from "zod";
import { type Capability, hasCapability } from "../capabilities";
import { ComponentError, componentLabel } from "../errors";
import { afterProgramTurn } from "../outputs";
import { assembleManifest } from "../planning/manifest";
import { loadPolicy, type PolicySource } from "../planning/policy-source";
import { planResiliencyPolicies, RESILIENCE_HUB_TIERS, type ResilienceHubTier } from "../planning/resilience";
import { isCloudProvider, partitionOf, regionOf, siteProviderArgs } from "../sites";
import { relaisTags } from "../tags";
import { parseArgs } from "./parse-args";

export const CONTINUITY_PLAN_TYPE = "relais:aws:ContinuityPlan";

/** Arguments of a `ContinuityPlan`. */
export interface ContinuityPlanArgs {
  /**
   * The continuity policy: a path to `continuity.yaml` (relative to the program's working directory), an
   * already-normalised `ContinuityPolicy`, or policy data as written in YAML. It is validated with every rule
   * `relais validate` runs; an invalid policy is a construction error listing the findings.
   */
  policy: PolicySource;
  /**
   * `YYYY-MM-DD`: the date the date rules (`exercise-overdue`, `review-overdue`) compare with. They only warn.
   * @default none: the date rules do not run
   */
  today?: string;
  /**
   * The site to evacuate (DESIGN "Planned evacuation"): every component moves its active role off it.
   * @default the Pulumi config value `relais:evacuate`, else no evacuation
   */
  evacuate?: string;
  /**
   * Extra `aws.Provider` arguments per cloud site id (a profile, `assumeRoles`, default tags…), merged over the
   * ones derived from the site.
   * @default {}
   */
  providerArgs?: Record<string, ProviderArgs>;
  /**
   * Resilience Hub policies for the AWS and European Sovereign Cloud sites: `false` creates none; a map from
   * tier id to Resilience Hub tier overrides the tier derived from the RTO.
   * @default true (one policy per tier and region, tier derived from the RTO)
   */
  resilienceHub?: boolean | Record<string, ResilienceHubTier>;
  /**
   * Where Outscale credentials are read from (`OSC_ACCESS_KEY`, `OSC_SECRET_KEY`).
   * @default process.env
   */
  env?: Record<string, string | undefined>;
}

const Args = z.strictObject({
  policy: z.union([z.string().min(1), z.record(z.string(), z.unknown())]),
  today: z.iso.date().optional(),
  evacuate: z.string().min(1).optional(),
  providerArgs: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
  resilienceHub: z.union([z.boolean(), z.record(z.string(), z.enum(RESILIENCE_HUB_TIERS))]).default(true),
  env: z.record(z.string(), z.string().optional()).optional(),
});

/** A site of the plan: its policy spec, its provider (cloud sites) and what it can do. */
export interface PlanSite {
  readonly id: string;
  readonly spec: SiteSpec;
  /** The site's `aws.Provider`; undefined for on-premises, colocation and office sites. */
  readonly provider: Provider | undefined;
  /** ARN partition of a cloud site, else null. */
  readonly partition: string | null;
  /** Region of a cloud site, else null. */
  readonly region: string | null;
  has(capability: Capability): boolean;
}

/** A service of the plan's policy, with its tier. */
export interface PlanService {
  readonly id: string;
  readonly spec: ServiceSpec;
  readonly tier: TierSpec;
}

/** What a component attached to the plan contributes to the manifest. */
interface Attachment {
  component: string;
  manifest: () => Promise<ManifestService>;
}

/**
 * The root of a Relais stack: loads and validates the continuity policy, creates one `aws.Provider` per cloud
 * site and the Resilience Hub policies, and gathers the manifest of every component attached to it.
 *
 * ```ts
 * const plan = new ContinuityPlan("acme", { policy: "continuity.yaml" });
 * // … FailoverService, ExternalWorkload, CrisisCell with { plan } …
 * export const relais = plan.manifest;
 * ```
 */
export class ContinuityPlan extends pulumi.ComponentResource {
  /** The normalised policy. */
  readonly policy: ContinuityPolicy;
  /** The policy's warnings (errors stop construction). */
  readonly findings: readonly Finding[];
  /** The site being evacuated, or null. */
  readonly evacuate: string | null;
  /** Resilience Hub policies by `<tier>/<site>`. */
  readonly resiliencyPolicies: ReadonlyMap<string, ResiliencyPolicy>;
  /**
   * What the components attached to this plan deployed (`export const relais = plan.manifest` makes it the stack
   * output `relais`). It resolves after the program's top level has run, so services created after the plan
   * are in it.
   */
  readonly manifest: pulumi.Output<Manifest>;

  private readonly label: string;
  private readonly sites = new Map<string, PlanSite>();
  private readonly services = new Map<string, Attachment>();
  private crisisCell: { component: string; entry: NonNullable<Manifest["crisisCell"]> } | null = null;

  constructor(name: string, args: ContinuityPlanArgs, opts?: pulumi.ComponentResourceOptions) {
    super(CONTINUITY_PLAN_TYPE, name, {}, opts);
    this.label = componentLabel("ContinuityPlan", name);
    const parsed = parseArgs(this.label, Args, args);
    const loaded = loadPolicy(this.label, args.policy, parsed.today);
    this.policy = loaded.policy;
    this.findings = loaded.findings;
    this.evacuate = this.resolveEvacuation(parsed.evacuate ?? new pulumi.Config("relais").get("evacuate"));
    for (const id of Object.keys(parsed.providerArgs)) this.requireCloudSite(id, "providerArgs");
    const hubTiers = parsed.resilienceHub === false ? null : parsed.resilienceHub === true ? {} : parsed.resilienceHub;
    for (const tier of Object.keys(hubTiers ?? {})) {
      if (!this.policy.tiers[tier]) {
        throw new ComponentError(
          this.label,
          `resilienceHub names tier ${tier}, which policy ${this.policy.metadata.name} does not define.`,
          `use one of: ${Object.keys(this.policy.tiers).join(", ")}`,
        );
      }
    }

    for (const [id, spec] of Object.entries(this.policy.sites)) {
      const cloud = isCloudProvider(spec.provider);
      const provider = cloud
        ? this.createProvider(`${name}-${id}`, spec, parsed.env, args.providerArgs?.[id])
        : undefined;
      this.sites.set(id, {
        id,
        spec,
        provider,
        partition: cloud ? partitionOf(spec) : null,
        region: cloud ? regionOf(spec) : null,
        has: (capability) => hasCapability(spec.provider, capability),
      });
    }

    this.resiliencyPolicies = hubTiers === null ? new Map() : this.createResiliencyPolicies(name, hubTiers);

    const produce = () => this.resolveManifest();
    this.manifest = pulumi.output(produce());
    registerManifest(produce);
    this.registerOutputs({ manifest: this.manifest });
  }

  /** A site of the policy; throws a construction error naming the known sites when there is none. */
  site(id: string): PlanSite {
    const site = this.sites.get(id);
    if (!site) {
      throw new ComponentError(
        this.label,
        `policy ${this.policy.metadata.name} has no site ${id}.`,
        `use one of: ${[...this.sites.keys()].join(", ")}`,
      );
    }
    return site;
  }

  /** A service of the policy with its tier; throws a construction error naming the known services. */
  service(id: string): PlanService {
    const spec = this.policy.services[id];
    if (!spec) {
      throw new ComponentError(
        this.label,
        `policy ${this.policy.metadata.name} has no service ${id}.`,
        `use one of: ${Object.keys(this.policy.services).join(", ")}`,
      );
    }
    return { id, spec, tier: this.policy.tiers[spec.tier] };
  }

  /** Every site of the policy, in policy order. */
  allSites(): PlanSite[] {
    return [...this.sites.values()];
  }

  /** The first site, in policy order, whose provider offers a capability (Route 53, SNS…), or undefined. */
  firstSiteWith(capability: Capability): PlanSite | undefined {
    return this.allSites().find((site) => site.has(capability));
  }

  /**
   * Attaches a service's manifest entry (called by `FailoverService`). One component per policy service: a second
   * one is a construction error naming both.
   */
  attachService(serviceId: string, component: string, manifest: () => Promise<ManifestService>): void {
    const existing = this.services.get(serviceId);
    if (existing) {
      throw new ComponentError(
        component,
        `service ${serviceId} is already deployed by ${existing.component} in ${this.label}.`,
        "create one FailoverService per policy service, or give this one another service id",
      );
    }
    this.services.set(serviceId, { component, manifest });
  }

  /** Attaches the crisis cell's manifest entry (called by `CrisisCell`); a plan has one crisis cell. */
  attachCrisisCell(component: string, entry: NonNullable<Manifest["crisisCell"]>): void {
    if (this.crisisCell) {
      throw new ComponentError(
        component,
        `${this.label} already has a crisis cell, ${this.crisisCell.component}.`,
        "create one CrisisCell per plan",
      );
    }
    this.crisisCell = { component, entry };
  }

  private async resolveManifest(): Promise<Manifest> {
    await afterProgramTurn();
    const services = await Promise.all([...this.services.values()].map((attachment) => attachment.manifest()));
    return assembleManifest(this.policy, this.evacuate, services, this.crisisCell?.entry ?? null);
  }

  private resolveEvacuation(evacuate: string | undefined): string | null {
    if (evacuate === undefined || evacuate === "") return null;
    if (!this.policy.sites[evacuate]) {
      throw new ComponentError(
        this.label,
        `relais:evacuate is ${evacuate}, which is not a site of policy ${this.policy.metadata.name}.`,
        `set it to one of ${Object.keys(this.policy.sites).join(", ")}, or remove it: pulumi config rm relais:evacuate`,
      );
    }
    return evacuate;
  }

  /** One Resilience Hub policy per tier and AWS or sovereign region, carrying the tier's RTO and RPO. */
  private createResiliencyPolicies(
    name: string,
    overrides: Readonly<Record<string, ResilienceHubTier>>,
  ): Map<string, ResiliencyPolicy> {
    const policies = new Map<string, ResiliencyPolicy>();
    const policyName = this.policy.metadata.name;
    for (const entry of planResiliencyPolicies(this.policy, overrides)) {
      const scope = { rto: entry.rto, rpo: entry.rpo };
      const tags = relaisTags({ policy: policyName, service: "-", tier: entry.tier, site: entry.site, role: "shared" });
      const resiliency = new ResiliencyPolicy(
        `${name}-${entry.tier}-${entry.site}-resiliency`,
        {
          tier: entry.hubTier,
          description: `Relais tier ${entry.tier} of policy ${policyName}`,
          policy: { az: scope, hardware: scope, software: scope, region: scope },
          tags,
        },
        { parent: this, provider: this.site(entry.site).provider },
      );
      policies.set(`${entry.tier}/${entry.site}`, resiliency);
    }
    return policies;
  }

  private createProvider(
    name: string,
    spec: SiteSpec,
    env: Record<string, string | undefined> | undefined,
    extra: ProviderArgs | undefined,
  ): Provider {
    const { secretKey, ...derived } = siteProviderArgs(spec, env ?? process.env);
    const secret = secretKey === undefined ? {} : { secretKey: pulumi.secret(secretKey) };
    return new Provider(name, { ...derived, ...secret, ...extra }, { parent: this });
  }

  private requireCloudSite(id: string, field: string): void {
    const spec = this.policy.sites[id];
    if (!spec || !isCloudProvider(spec.provider)) {
      throw new ComponentError(
        this.label,
        `${field}.${id}: ${spec ? `site ${id} is ${spec.provider} and has no provider` : `policy ${this.policy.metadata.name} has no site ${id}`}.`,
        `name a cloud site: ${Object.entries(this.policy.sites)
          .filter(([, site]) => isCloudProvider(site.provider))
          .map(([siteId]) => siteId)
          .join(", ")}`,
      );
    }
  }
}
