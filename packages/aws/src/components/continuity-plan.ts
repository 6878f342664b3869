import { Provider, type ProviderArgs } from "@pulumi/aws/provider";
import * as pulumi from "@pulumi/pulumi";
import type {
  ContinuityPolicy,
  Finding,
  Manifest,
  ManifestService,
  ServiceSpec,
  SiteSpec,
  TierSpec,
} from "@relais/policy";
import { type Capability, hasCapability } from "../capabilities";
import { bindError, ComponentError, componentLabel } from "../errors";
import { registerManifest } from "../manifest-registry";
import { afterProgramTurn } from "../outputs";
import { assembleManifest } from "../planning/manifest";
import { loadPolicy } from "../planning/policy-source";
import { type AcceptRisk, acknowledgementHint, type RiskRequest } from "../risks";
import { isCloudProvider, partitionOf, regionOf, siteProviderArgs } from "../sites";
import { type ContinuityPlanArgs, ContinuityPlanArgsSchema } from "./continuity-plan-args";
import { parseArgs } from "./parse-args";

export const CONTINUITY_PLAN_TYPE = "relais:aws:ContinuityPlan";

/** A site of the plan: its policy spec, its provider (cloud sites) and what it can do. */
export interface PlanSite {
  readonly id: string;
  readonly spec: SiteSpec;
  /**
   * The site's `aws.Provider` (the user's, or one the plan creates on first use); undefined for on-premises,
   * colocation and office sites.
   */
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
 * The root of a Relais stack: loads and validates the continuity policy, gives each cloud site the components use
 * an `aws.Provider` (yours, or one created on first use), holds the acknowledged risks, and gathers the manifest of
 * every component attached to it.
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
  /** Whether each `FailoverService` gets a Resilience Hub policy. */
  readonly resilienceHub: boolean;
  /** The risks the stack acknowledged, in `acceptRisks` order. */
  readonly acceptedRisks: readonly AcceptRisk[];

  private readonly label: string;
  private readonly sites = new Map<string, PlanSite>();
  private readonly services = new Map<string, Attachment>();
  private crisisCell: { component: string; entry: NonNullable<Manifest["crisisCell"]> } | null = null;
  private manifestOutput: pulumi.Output<Manifest> | undefined;
  /** Set once `manifest` has taken its snapshot: a component attached later would be missing from it. */
  private sealed = false;

  constructor(name: string, args: ContinuityPlanArgs, opts?: pulumi.ComponentResourceOptions) {
    super(CONTINUITY_PLAN_TYPE, name, {}, opts);
    this.label = componentLabel("ContinuityPlan", name);
    try {
      const parsed = parseArgs(this.label, ContinuityPlanArgsSchema, args);
      const loaded = loadPolicy(this.label, args.policy, parsed.today);
      this.policy = loaded.policy;
      this.findings = loaded.findings;
      this.evacuate = this.resolveEvacuation(parsed.evacuate ?? new pulumi.Config("relais").get("evacuate"));
      for (const id of Object.keys(parsed.providerArgs)) this.requireCloudSite(id, "providerArgs");
      for (const id of Object.keys(parsed.providers)) this.requireCloudSite(id, "providers");
      parsed.acceptRisks.forEach((risk, index) => {
        if (!this.policy.sites[risk.site]) {
          throw new ComponentError(
            this.label,
            `acceptRisks[${index}].site: policy ${this.policy.metadata.name} has no site ${risk.site}.`,
            `use one of: ${Object.keys(this.policy.sites).join(", ")}`,
          );
        }
      });
      this.acceptedRisks = parsed.acceptRisks;
      this.resilienceHub = parsed.resilienceHub;

      for (const [id, spec] of Object.entries(this.policy.sites)) {
        const cloud = isCloudProvider(spec.provider);
        let provider: Provider | undefined = parsed.providers[id];
        // Created on first use: a stack that deploys nothing on a site gets no provider (nor credentials) for it.
        const lazily = () => {
          provider ??= this.createProvider(`${name}-${id}`, spec, parsed.env, args.providerArgs?.[id]);
          return provider;
        };
        this.sites.set(id, {
          id,
          spec,
          get provider() {
            return cloud ? lazily() : undefined;
          },
          partition: cloud ? partitionOf(spec) : null,
          region: cloud ? regionOf(spec) : null,
          has: (capability) => hasCapability(spec.provider, capability),
        });
      }

      registerManifest(() => this.resolveManifest());
    } catch (error) {
      throw bindError(error, this);
    }
    this.registerOutputs({
      policy: this.policy.metadata.name,
      evacuate: this.evacuate,
      acceptedRisks: this.acceptedRisks,
    });
  }

  /**
   * What the components attached to this plan deployed (`export const relais = plan.manifest` makes it the stack
   * output `relais`). Read it once the program has created its components, also after an `await`: it resolves
   * after the program's current turn, and a component attached after that is a construction error rather than
   * missing from the manifest.
   */
  get manifest(): pulumi.Output<Manifest> {
    this.manifestOutput ??= pulumi.output(
      afterProgramTurn().then(() => {
        this.sealed = true;
        return this.resolveManifest();
      }),
    );
    return this.manifestOutput;
  }

  /**
   * Checks that a risk is acknowledged in `acceptRisks` (site and capability); throws a construction error that
   * names the site, the capability and the fix when it is not.
   */
  requireAcknowledged(request: RiskRequest): void {
    const known = this.acceptedRisks.some(
      (risk) => risk.site === request.site && risk.capability === request.capability,
    );
    if (known) return;
    throw new ComponentError(
      request.component,
      `${request.problem} (site ${request.site}, capability ${request.capability}).`,
      acknowledgementHint(request),
    );
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
    this.requireOpen(component);
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
    this.requireOpen(component);
    if (this.crisisCell) {
      throw new ComponentError(
        component,
        `${this.label} already has a crisis cell, ${this.crisisCell.component}.`,
        "create one CrisisCell per plan",
      );
    }
    this.crisisCell = { component, entry };
  }

  private requireOpen(component: string): void {
    if (!this.sealed) return;
    throw new ComponentError(
      component,
      `${this.label}.manifest was already resolved when this component was created, so the manifest would miss it.`,
      "read plan.manifest after the program has created its components (at the end of the program)",
    );
  }

  private async resolveManifest(): Promise<Manifest> {
    const services = await Promise.all([...this.services.values()].map((attachment) => attachment.manifest()));
    return assembleManifest(this.policy, this.evacuate, services, this.crisisCell?.entry ?? null, this.acceptedRisks);
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
