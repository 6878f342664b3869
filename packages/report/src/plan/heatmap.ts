import type { ServiceResult, ServiceStatus } from "@relais/simulate";
import { STATUS_ORDER } from "@relais/simulate";
import { detailed } from "../graph/summary";
import { tiersByStrictness } from "../graph/tiers";
import type { HeatCell, Heatmap } from "../svg/heatmap-model";
import { duration } from "../text/format";
import type { PlanInputs } from "./inputs";
import { statusShort, statusTitle } from "./scenario-text";

/**
 * The scenario matrix as a heat map: a cell per service and scenario, or, above the detail limit, a cell per tier
 * and scenario coloured by the worst status among the tier's services (scenarios that affect no service are then
 * left out).
 */
export function buildHeatmap(input: PlanInputs): Heatmap {
  return detailed(input.policy) ? serviceHeatmap(input) : tierHeatmap(input);
}

/** One cell per service and scenario, the longer dimension as rows. */
function serviceHeatmap({ policy, matrix }: PlanInputs): Heatmap {
  const serviceIds = Object.keys(policy.services);
  const services = serviceIds.map((id) => ({
    id,
    label: `${id} (RTO ${duration(policy.tiers[policy.services[id].tier]?.rto)})`,
  }));
  const scenarios = matrix.scenarios.map((scenario) => ({ id: scenario.id, label: scenario.id }));
  const cell = (scenario: string, service: ServiceResult): HeatCell => ({
    status: service.status,
    text: statusShort(service),
    title: statusTitle(scenario, service),
  });
  if (matrix.scenarios.length >= serviceIds.length) {
    return {
      corner: "Scenario",
      rows: scenarios,
      columns: services,
      cells: matrix.scenarios.map((scenario) => scenario.services.map((service) => cell(scenario.id, service))),
    };
  }
  return {
    corner: "Service",
    rows: services,
    columns: scenarios,
    cells: serviceIds.map((_, index) =>
      matrix.scenarios.map((scenario) => cell(scenario.id, scenario.services[index])),
    ),
  };
}

/** One cell per tier and scenario: the worst status of the tier's services, with how many share it. */
function tierHeatmap({ policy, matrix }: PlanInputs): Heatmap {
  const used = new Set(Object.values(policy.services).map((service) => service.tier));
  const tiers = tiersByStrictness(policy).filter((tier) => used.has(tier));
  const columns = tiers.map((tier) => {
    const count = Object.values(policy.services).filter((service) => service.tier === tier).length;
    return { id: tier, label: `${tier} (${count}, RTO ${duration(policy.tiers[tier].rto)})` };
  });
  const tierOf = new Map(Object.entries(policy.services).map(([id, service]) => [id, service.tier]));
  // At this scale many generated scenarios (a supplier nobody depends on) touch no service: they are left out.
  const scenarios = matrix.scenarios.filter((scenario) =>
    scenario.services.some((service) => service.status !== "unaffected"),
  );
  return {
    corner: "Scenario",
    rows: scenarios.map((scenario) => ({ id: scenario.id, label: scenario.id })),
    columns,
    cells: scenarios.map((scenario) =>
      tiers.map((tier) =>
        tierCell(
          scenario.id,
          tier,
          scenario.services.filter((service) => tierOf.get(service.id) === tier),
        ),
      ),
    ),
  };
}

function tierCell(scenario: string, tier: string, services: readonly ServiceResult[]): HeatCell {
  const counts = new Map<ServiceStatus, number>(STATUS_ORDER.map((status) => [status, 0]));
  for (const service of services) counts.set(service.status, (counts.get(service.status) ?? 0) + 1);
  const worst = [...STATUS_ORDER].reverse().find((status) => (counts.get(status) ?? 0) > 0) ?? "unaffected";
  const summary = STATUS_ORDER.filter((status) => (counts.get(status) ?? 0) > 0)
    .map((status) => `${counts.get(status)} ${status}`)
    .join(", ");
  const hurt = services.filter((service) => service.status === "down" || service.status === "degraded");
  const examples = hurt.slice(0, 8).map((service) => `${service.id} ${service.status}`);
  const more = hurt.length > examples.length ? `, and ${hurt.length - examples.length} more` : "";
  return {
    status: worst,
    text: worst === "unaffected" ? "—" : `${counts.get(worst)} ${worst}`,
    title: `tier ${tier} in ${scenario}: ${summary}${examples.length > 0 ? `; ${examples.join(", ")}${more}` : ""}`,
  };
}
