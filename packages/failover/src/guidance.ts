import type { ContinuityPolicy, ScenarioSpec } from "@relais/policy";
import { simulate } from "@relais/simulate";
import type { FailoverPlanOptions } from "./plan";

/**
 * What the policy says about a scenario, as the simulation judges it: the sites lost, each service's failover site,
 * and the services in the order the scenario's runbook treats them (dependencies first, then by time).
 */
export function scenarioGuidance(policy: ContinuityPolicy, scenario: ScenarioSpec): FailoverPlanOptions {
  const result = simulate(policy, scenario);
  const firstStep = (id: string) => {
    const index = result.runbook.findIndex(
      (step) => step.action.startsWith(`${id}:`) || step.action.includes(` ${id} over `),
    );
    return index < 0 ? result.runbook.length : index;
  };
  const serviceOrder = result.services.map((service) => service.id);
  serviceOrder.sort((a, b) => firstStep(a) - firstStep(b));
  return {
    lost: result.lost.sites,
    fromScenario: true,
    serviceOrder,
    failoverSites: Object.fromEntries(result.services.map((service) => [service.id, service.failoverSite])),
  };
}
