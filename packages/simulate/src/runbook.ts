/**
 * The runbook: the event at 0; the stage's actions at 0; the crisis cell convened at `assembleWithin` when a manual
 * service is impacted; per service detected, decided, traffic switched and capacity ready at their cumulative times
 * (a down service at its detection); for a supplier exit with alternates, the switch at `switchover`; each breached
 * commitment's notice when the breach becomes certain. Owners: crisis-cell roles for decisions and notices, the
 * service `owner` for technical steps.
 */
import { formatPercentage, type ScenarioSpec } from "@relais/policy";
import type { ServiceEstimate } from "./estimate/services";
import { duration } from "./format";
import type { PreparedModel, PreparedService } from "./model/prepare";
import type { ResolvedScenario } from "./scenarios/resolve";
import type { CommitmentResult, RunbookStep } from "./types";

/** The steps of one scenario, in time order (ties in the order above). */
export function buildRunbook(
  model: PreparedModel,
  scenario: ResolvedScenario,
  estimates: readonly ServiceEstimate[],
  touched: readonly number[],
  commitments: readonly CommitmentResult[],
): RunbookStep[] {
  const { policy, owners } = model;
  const steps: RunbookStep[] = [{ at: 0, action: describeEvent(scenario), owner: owners.decisions }];
  const stage = policy.stages.find((candidate) => candidate.level === scenario.scenario.stage);
  for (const action of stage?.actions ?? []) {
    steps.push({ at: 0, action: `Stage ${stage!.level} (${stage!.name}): ${action}`, owner: owners.decisions });
  }
  const cell = policy.crisisCell;
  if (cell && touched.some((index) => estimates[index].service.manual && estimates[index].status !== "unaffected")) {
    const channels = cell.channels.length > 0 ? ` over ${cell.channels.join(", ")}` : "";
    steps.push({ at: cell.assembleWithin, action: `Crisis cell convened${channels}`, owner: owners.decisions });
  }
  // Dependency order (`touched` is in it), so that at equal times a dependency's steps come before its dependants'.
  steps.push(...alternateSteps(model, scenario));
  for (const index of touched) steps.push(...serviceSteps(model, scenario, estimates[index]));
  const end = Math.max(...steps.map((step) => step.at));
  for (const commitment of commitments) {
    if (commitment.breached) steps.push(describeBreach(model, commitment, estimates, end));
  }
  // Stable sort: steps at the same time keep the order above (a breach notice after the step that makes it certain).
  return steps.sort((a, b) => a.at - b.at);
}

/** A supplier exit with alternates: the switch to the first alternate, once its `switchover` has elapsed. */
function alternateSteps(model: PreparedModel, { supplier }: ResolvedScenario): RunbookStep[] {
  if (supplier?.mode !== "exit") return [];
  const spec = model.policy.suppliers[supplier.id];
  const [alternate] = spec?.alternates ?? [];
  if (alternate === undefined || spec.switchover === undefined) return [];
  const name = model.policy.suppliers[alternate]?.name;
  return [
    {
      at: spec.switchover,
      action: `Switch from ${supplier.id} to ${alternate}${name ? ` (${name})` : ""}: switchover of ${duration(spec.switchover)} done`,
      owner: model.owners.decisions,
    },
  ];
}

/**
 * A breached commitment's notice to its customer, at the moment the breach becomes certain: when a serving service
 * is found down (its detection), when a data loss above `maxDataLoss` is known (the detection of the failover that
 * loses it), else when the outage reaches `maxOutage` — never after the last step of the runbook.
 */
function describeBreach(
  model: PreparedModel,
  commitment: CommitmentResult,
  estimates: readonly ServiceEstimate[],
  end: number,
): RunbookStep {
  const spec = model.policy.commitments[commitment.id];
  let at = Number.POSITIVE_INFINITY;
  let why = "";
  for (const index of model.commitmentServices.get(commitment.id) ?? []) {
    const { service, status, rto, rpo } = estimates[index];
    const candidates: Array<[number, string]> = [];
    if (status === "down") candidates.push([service.detection, `${service.id} found down`]);
    else {
      if (spec.maxDataLoss !== undefined && (rpo === null || rpo > spec.maxDataLoss)) {
        candidates.push([service.detection, `data loss of ${service.id} known`]);
      }
      if (rto !== null && rto > spec.maxOutage) candidates.push([spec.maxOutage, "maxOutage reached"]);
    }
    for (const [time, reason] of candidates) {
      if (time < at) [at, why] = [time, reason];
    }
  }
  const when = Math.min(at, end);
  return {
    at: when,
    action: `Tell ${spec.customer} that commitment ${commitment.id} is breached (${why}, ${duration(when)} after the event): ${commitment.reasons.join("; ")}`,
    owner: model.owners.communications,
  };
}

function serviceSteps(model: PreparedModel, scenario: ResolvedScenario, estimate: ServiceEstimate): RunbookStep[] {
  const { service, status } = estimate;
  const owner = service.owner;
  if (status === "down") {
    return [
      {
        at: service.detection,
        action: `${service.id} is down (${estimate.reasons.join("; ")}): no recovery until it is restored`,
        owner,
      },
    ];
  }
  if (!estimate.disrupted) return [];
  if (!estimate.failedOver) {
    return [{ at: estimate.rto!, action: `${service.id} is back once ${estimate.slowest?.id} is back`, owner }];
  }
  const { detection, decision, switch: switching, recovery, dependencies } = estimate.breakdown;
  const target = estimate.sitesAfter.join(", ");
  const lost = service.activeSites.filter((site) => scenario.lostSites.has(site)).join(", ");
  const healthCheck = service.spec.traffic.healthCheck;
  const steps: RunbookStep[] = [
    {
      at: detection,
      action: `${service.id}: loss of ${lost} detected by health checks (${healthCheck.failureThreshold} × ${duration(healthCheck.interval)})`,
      owner,
    },
    service.manual
      ? {
          at: detection + decision,
          action: `Decide to fail ${service.id} over to ${target}`,
          owner: model.owners.decisions,
        }
      : {
          at: detection + decision,
          action: `${service.id}: ${service.spec.traffic.method} fails over to ${target} automatically`,
          owner,
        },
    { at: detection + decision + switching, action: `${service.id}: ${describeSwitch(service, target)}`, owner },
    {
      at: detection + decision + switching + recovery,
      action: `${service.id}: ${describeCapacity(service, target, recovery)}`,
      owner,
    },
  ];
  if (dependencies > 0) {
    steps.push({
      at: estimate.rto!,
      action: `${service.id}: back in service once ${estimate.slowest?.id} is back`,
      owner,
    });
  }
  return steps;
}

function describeSwitch(service: PreparedService, target: string): string {
  const ttl = service.spec.traffic.ttl;
  switch (service.spec.traffic.method) {
    case "load-balancer":
      return `load balancer sends traffic to ${target}`;
    case "manual":
      return `traffic switched to ${target} by hand${ttl === undefined ? "" : ` (DNS TTL ${duration(ttl)})`}`;
    default:
      return `traffic switched to ${target} (DNS TTL ${duration(ttl ?? 60)})`;
  }
}

function describeCapacity(service: PreparedService, target: string, recovery: number): string {
  const { required } = service.spec.capacity;
  switch (service.spec.strategy) {
    case "backup-restore":
      return `backup restored and ${required} units running at ${target}`;
    case "pilot-light":
      return `scaled up from pilot light to ${required} units at ${target}`;
    default:
      return recovery === 0
        ? `${target} already ${target.includes(",") ? "run" : "runs"} enough standby units for full load`
        : `scaled up to ${required} units at ${target}`;
  }
}

/** The event that opens the runbook: what is lost, why and for how long. */
export function describeEvent({ scenario, lostSiteList, supplier, absent }: ResolvedScenario): string {
  const sites = lostSiteList.length > 0 ? lostSiteList.join(", ") : "no site";
  let what: string;
  switch (scenario.kind) {
    case "site-loss":
      what = `Site loss: ${sites}`;
      break;
    case "zone-loss":
      what = `Zone loss (${scenario.zones.join(", ")}): ${sites}`;
      break;
    case "region-loss":
      what = `Region loss (${scenario.provider}/${scenario.region}): ${sites}`;
      break;
    case "provider-loss":
      what = `Provider loss (${scenario.provider}): ${sites}`;
      break;
    case "supplier-loss":
      what = `Supplier ${supplier?.mode === "exit" ? "exit" : "outage"}: ${supplier?.id}`;
      break;
    default:
      what = `Staff unavailability: ${formatPercentage(absent)} of staff absent`;
  }
  return `${what}${circumstances(scenario)}`;
}

function circumstances(scenario: ScenarioSpec): string {
  const parts: string[] = [];
  if (scenario.causes.length > 0) parts.push(`causes: ${scenario.causes.join(", ")}`);
  if (scenario.duration !== undefined) parts.push(`expected to last ${duration(scenario.duration)}`);
  return parts.length > 0 ? ` (${parts.join("; ")})` : "";
}
