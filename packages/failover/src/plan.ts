import { type CloudSite, planChecks } from "@relais/check";
import type { Manifest, ManifestPlacement, ManifestService } from "@relais/policy";
import { InputError } from "@relais/policy";

interface StepBase {
  /** 1, 2, … in runbook order. */
  order: number;
  service: string;
  /** The site the step acts on (the failover site). */
  site: string;
  /** Why the step is needed, for the plan a person reviews. */
  why: string;
}

/** One step of a failover, in the order it runs. */
export type PlannedStep = StepBase &
  (
    | { action: "StartInstances"; required: number; stopped: number }
    | { action: "SetDesiredCapacity"; required: number }
    | { action: "ChangeResourceRecordSets"; zoneId: string; name: string; target: string; ttl: number }
    | { action: "manual" }
  );

export interface FailoverPlan {
  /** The sites lost, as given. */
  lost: string[];
  steps: PlannedStep[];
  /** Every cloud site of the manifests by id: where the steps' requests go. */
  cloudSites: ReadonlyMap<string, CloudSite>;
}

export interface FailoverPlanOptions {
  /** The sites lost: `--site`, or the sites of a scenario. */
  lost: readonly string[];
  /**
   * True when `lost` comes from a scenario of the policy: its sites may include some the stack does not use (an
   * office), which need nothing. Otherwise a site the manifest does not define is an error (a typo in `--site`).
   */
  fromScenario?: boolean;
  /** Services in the order of the scenario's runbook, when a policy gives it; manifest order otherwise. */
  serviceOrder?: readonly string[];
  /** The failover site of each service as the simulation chose it, when a policy gives it. */
  failoverSites?: Readonly<Record<string, string | null>>;
}

/** A `--site` the manifests do not define. */
export class FailoverPlanError extends InputError {}

/** TTL of a record relais writes when the manifest records none (the deployed records' usual TTL). */
const DEFAULT_TTL = 60;

/**
 * Plans the API calls that make the failover sites serve after the loss of `lost`. Pure: no network, no clock.
 * Per service (runbook order): capacity at the failover site first — stopped instances started, Auto Scaling
 * desired capacity raised to `required` —, then, for `manual` traffic, the DNS record moved; steps relais cannot
 * carry out (external workloads, sites built from backups, traffic without a record) are `manual`.
 */
export function planFailover(manifests: readonly Manifest[], options: FailoverPlanOptions): FailoverPlan {
  const checkPlan = planChecks(manifests);
  const cloudSites = new Map(checkPlan.sites.map((sitePlan) => [sitePlan.site.id, sitePlan.site]));
  const known = new Set(manifests.flatMap((manifest) => manifest.sites.map((site) => site.id)));
  for (const site of options.lost) {
    if (!known.has(site) && !options.fromScenario) {
      throw new FailoverPlanError(
        `--site ${site}: the manifest has no site ${site}`,
        `sites: ${[...known].join(", ")}`,
      );
    }
  }
  const lost = new Set(options.lost);
  const services = orderServices(
    manifests.flatMap((manifest) => manifest.services),
    options.serviceOrder ?? [],
  );
  const steps: Draft[] = [];
  for (const service of services) steps.push(...serviceSteps(service, lost, options.failoverSites?.[service.service]));
  return {
    lost: [...lost],
    steps: steps.map((step, index) => ({ ...step, order: index + 1 }) as PlannedStep),
    cloudSites,
  };
}

function orderServices(services: readonly ManifestService[], order: readonly string[]): ManifestService[] {
  const rank = (service: ManifestService) => {
    const index = order.indexOf(service.service);
    return index < 0 ? order.length : index;
  };
  return services
    .map((service, index) => ({ service, index }))
    .sort((a, b) => rank(a.service) - rank(b.service) || a.index - b.index)
    .map(({ service }) => service);
}

/** A step before it is numbered (`Omit` kept distributive over the union). */
type Draft = PlannedStep extends infer S ? (S extends PlannedStep ? Omit<S, "order"> : never) : never;

function serviceSteps(service: ManifestService, lost: ReadonlySet<string>, chosen: string | null | undefined): Draft[] {
  const serving = service.sites.filter((placement) => placement.role !== "standby");
  const hit = serving.filter((placement) => lost.has(placement.site));
  if (hit.length === 0) return [];
  const lostNames = hit.map((placement) => placement.site).join(", ");
  const survivors = service.sites.filter((placement) => !lost.has(placement.site));
  if (service.strategy === "active-active") {
    return survivors
      .filter((placement) => placement.role === "active")
      .map((placement) =>
        capacityStep(service, placement, `${lostNames} is lost; ${placement.site} carries all traffic`),
      );
  }
  const target =
    chosen !== undefined
      ? survivors.find((placement) => placement.site === chosen)
      : survivors.find((placement) => placement.role === "standby");
  if (!target) {
    return [
      {
        action: "manual",
        service: service.service,
        site: hit[0]!.site,
        why: `${service.service} has no surviving failover site: it stays down until ${lostNames} is back or a site is added`,
      },
    ];
  }
  const reason = `${lostNames} is lost; ${target.site} takes the primary role`;
  return [capacityStep(service, target, reason), ...trafficSteps(service, target, reason)];
}

function capacityStep(service: ManifestService, placement: ManifestPlacement, reason: string): Draft {
  const base = { service: service.service, site: placement.site };
  const required = service.capacity.required;
  switch (placement.compute) {
    case "instances":
      return {
        ...base,
        action: "StartInstances",
        required,
        stopped: placement.stopped,
        why:
          placement.stopped > 0
            ? `${reason}: start its ${placement.stopped} stopped instances so that ${required} run`
            : `${reason}: make sure its ${required} instances run (the manifest records none stopped)`,
      };
    case "auto-scaling":
      return {
        ...base,
        action: "SetDesiredCapacity",
        required,
        why: `${reason}: raise the Auto Scaling group's desired capacity from ${placement.desired} to ${required} (minSize stays with Pulumi)`,
      };
    case "external":
      return {
        ...base,
        action: "manual",
        why: `${reason}: ${placement.site} is an external workload, not managed by the stack: bring ${required} units up by its own procedure`,
      };
    case "none":
      return {
        ...base,
        action: "manual",
        why: `${reason}: nothing runs at ${placement.site} yet: restore from backups, then pulumi config set relais:evacuate and pulumi up build ${required} units`,
      };
  }
}

function trafficSteps(service: ManifestService, target: ManifestPlacement, reason: string): Draft[] {
  if (service.traffic.method !== "manual") return [];
  const base = { service: service.service, site: target.site };
  const dns = service.traffic.dns;
  if (dns === null || target.dnsTarget === null) {
    return [
      {
        ...base,
        action: "manual",
        why: `${reason}: traffic is switched by hand and no DNS record is deployed: point clients at ${target.site}`,
      },
    ];
  }
  return [
    {
      ...base,
      action: "ChangeResourceRecordSets",
      zoneId: dns.zoneId,
      name: dns.name,
      target: target.dnsTarget,
      ttl: service.traffic.ttl ?? DEFAULT_TTL,
      why: `${reason}: traffic is switched by hand: point ${dns.name} at ${target.dnsTarget}`,
    },
  ];
}

/** What a planned step touches, before the run finds the resources by their tags. */
export function plannedResources(step: PlannedStep): string[] {
  switch (step.action) {
    case "StartInstances":
      return [`instances tagged relais:service=${step.service}, relais:site=${step.site}`];
    case "SetDesiredCapacity":
      return [`Auto Scaling groups tagged relais:service=${step.service}, relais:site=${step.site}`];
    case "ChangeResourceRecordSets":
      return [`${step.zoneId}/${step.name}`];
    case "manual":
      return [];
  }
}
