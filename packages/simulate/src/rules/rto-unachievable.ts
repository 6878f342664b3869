import { formatDuration, type Rule, siteLoss, type Violation } from "@relais/policy";
import { estimateServices, type ServiceEstimate } from "../estimate/services";
import { prepareModel } from "../model/prepare";
import { resolveScenario } from "../scenarios/resolve";
import { RTO_TERMS } from "../types";

export const rtoUnachievable: Rule = {
  code: "rto-unachievable",
  why: "The estimate adds up detection, decision, switch, recovery and dependencies: when that sum is above the tier's RTO, losing the primary site breaks the objective however well the failover runs.",
  fix: "shorten the largest term of the estimate (relais preview --site <primary> --explain <service> shows them), or raise the tier's rto",
  check: ({ policy }) => {
    const model = prepareModel(policy);
    const byPrimary = new Map<string, number[]>();
    for (const service of model.services) {
      const primary = service.spec.sites[0];
      if (service.spec.sites.length < 2 || service.tier === undefined || !Object.hasOwn(policy.sites, primary))
        continue;
      const indexes = byPrimary.get(primary);
      if (indexes) indexes.push(service.index);
      else byPrimary.set(primary, [service.index]);
    }
    const violations: Violation[] = [];
    for (const [primary, indexes] of byPrimary) {
      const { estimates } = estimateServices(model, resolveScenario(policy, siteLoss(primary)), null, indexes);
      for (const index of indexes) {
        const violation = judge(estimates[index], primary);
        if (violation) violations.push(violation);
      }
    }
    return violations;
  },
};

function judge(estimate: ServiceEstimate, primary: string): Violation | undefined {
  const { service } = estimate;
  const tier = `tier ${service.spec.tier} rto ${formatDuration(service.rtoTarget)}`;
  const path = `services.${service.id}`;
  if (estimate.rto === null) {
    return {
      path,
      message: `service ${service.id} is down when its primary site ${primary} is lost (${estimate.reasons.join("; ")}), so ${tier} cannot be met`,
      hint: "give the dependencies that go down with the primary site a site elsewhere, or make them soft dependencies",
    };
  }
  if (estimate.rto <= service.rtoTarget) return undefined;
  const terms = RTO_TERMS.map((term) => `${term} ${formatDuration(estimate.breakdown[term])}`).join(" + ");
  return {
    path,
    message: `service ${service.id}: losing its primary site ${primary} gives an estimated RTO of ${formatDuration(estimate.rto)} (${terms}), above ${tier}`,
    hint: `${advice(estimate)}, or raise tiers.${service.spec.tier}.rto; relais preview --site ${primary} --explain ${service.id} shows each term`,
  };
}

/** What to change, from the largest term of the estimate. */
function advice(estimate: ServiceEstimate): string {
  const { service, breakdown } = estimate;
  const largest = RTO_TERMS.reduce((best, term) => (breakdown[term] > breakdown[best] ? term : best));
  const path = `services.${service.id}`;
  const { required } = service.spec.capacity;
  switch (largest) {
    case "detection":
      return `detect faster: lower ${path}.traffic.healthCheck.interval (10s) or failureThreshold`;
    case "decision":
      return `the decision waits for the crisis cell (crisisCell.assembleWithin ${formatDuration(breakdown.decision)}): automate the failover with dns-failover or a load-balancer, or convene the cell faster`;
    case "switch":
      return `lower ${path}.traffic.ttl (60s or less with health checks) or switch with a load-balancer`;
    case "dependencies":
      return `hard ${estimate.slowest?.kind === "supplier" ? "supplier" : "dependency"} ${estimate.slowest?.id} is back only after ${formatDuration(estimate.slowest?.seconds ?? 0)}: make it recover faster, or make the dependency soft`;
    default:
      return recoveryAdvice(estimate, path, required);
  }
}

function recoveryAdvice(estimate: ServiceEstimate, path: string, required: number): string {
  switch (estimate.service.spec.strategy) {
    case "active-active":
      return `raise ${path}.capacity.standby so the surviving sites carry ${required} units without scaling up, or shorten capacity.scaleUp`;
    case "warm-standby":
      return `keep ${path}.capacity.standby at ${required} (required) so the failover site needs no scale-up, or shorten capacity.scaleUp`;
    case "pilot-light":
      return `shorten ${path}.capacity.scaleUp, or run a warm standby`;
    default:
      return `a restore takes data.restoreTime + capacity.scaleUp: restore faster, or move ${path} to pilot-light or warm-standby`;
  }
}
