import type { ScenarioResult } from "@relais/simulate";
import { DETAIL_LIMIT, detailed } from "../../graph/summary";
import type { Heatmap } from "../../svg/heatmap-model";
import { count } from "../../text/format";
import { callout, code, codes, paragraph, subsection, table, toned } from "../blocks";
import { buildHeatmap } from "../heatmap";
import type { PlanInputs } from "../inputs";
import type { Cell, Section } from "../model";
import { describeLoss, rpoVersusTarget, rtoVersusTarget, statusTone } from "../scenario-text";

/** (f) The scenario matrix: every service in every scenario of `relais preview --all`. */
export function scenarioMatrixSection(input: PlanInputs): Section {
  const { matrix } = input;
  const heatmap = buildHeatmap(input);
  const summary = matrix.summary;
  return {
    id: "scenarios",
    title: "Scenario matrix",
    covers: ["f"],
    blocks: [
      paragraph(
        `Every declared scenario, plus the loss of each site, region and cloud provider and the outage of each supplier: ${count(summary.scenarios, "scenario")}. `,
        detailed(input.policy)
          ? "Each cell is the estimated recovery time of a service in a scenario, from the Relais estimate model (detection, decision, traffic switch, capacity, dependencies). "
          : `With more than ${DETAIL_LIMIT} services each cell is a tier in a scenario, coloured by its worst-off service and counting the services in that state; scenarios that affect no service (${matrix.scenarios.length - heatmap.rows.length}) are left out, and the tables below list every service. `,
        "Green: recovered within its objectives. Amber: recovers, but misses an objective or runs degraded. Red: down until the lost site or supplier returns. Grey: not affected.",
      ),
      ...(summary.down + summary.degraded > 0
        ? [
            callout(
              summary.down > 0 ? "bad" : "warn",
              "Not every service recovers",
              `Across the matrix, ${count(summary.down, "service outcome is", "service outcomes are")} down and ${summary.degraded} degraded; ${count(summary.commitmentsBreached, "commitment outcome is", "commitment outcomes are")} breached. `,
              "The table under the matrix says why.",
            ),
          ]
        : [
            callout(
              "ok",
              "Every service recovers",
              "Every impacted service recovers within its objectives in every scenario.",
            ),
          ]),
      { kind: "heatmap", id: "scenario-heatmap", title: "Scenario matrix heat map", heatmap },
      matrixTable(heatmap),
      subsection("scenario-outcomes", "Outcome per scenario", [outcomesTable(input)]),
      subsection("not-recovered", "Services that do not recover within their objectives", [
        notRecoveredTable(matrix.scenarios),
      ]),
    ],
  };
}

function matrixTable(heatmap: Heatmap) {
  return table(
    [heatmap.corner, ...heatmap.columns.map((column) => column.label)],
    heatmap.rows.map((row, rowIndex) => [
      code(row.id),
      ...heatmap.cells[rowIndex].map((cell) => toned(cell.text, statusTone(cell.status))),
    ]),
  );
}

function outcomesTable({ scenarios, matrix }: PlanInputs) {
  const specs = new Map(scenarios.map((spec) => [spec.id, spec]));
  return table(
    ["Scenario", "Kind", "Takes out", "Recovered", "Degraded", "Down", "Commitments breached"],
    matrix.scenarios.map((scenario) => {
      const counts = { recovered: 0, degraded: 0, down: 0, unaffected: 0 };
      for (const service of scenario.services) counts[service.status] += 1;
      const breached = scenario.commitments
        .filter((commitment) => commitment.breached)
        .map((commitment) => commitment.id);
      const row: Cell[] = [
        code(scenario.id),
        scenario.kind,
        describeLoss(specs.get(scenario.id), scenario),
        String(counts.recovered),
        toned(String(counts.degraded), counts.degraded > 0 ? "warn" : undefined),
        toned(String(counts.down), counts.down > 0 ? "bad" : undefined),
        breached.length === 0 ? "—" : toned(codes(breached), "bad"),
      ];
      return row;
    }),
    { numeric: [3, 4, 5] },
  );
}

function notRecoveredTable(results: readonly ScenarioResult[]) {
  const rows = results.flatMap((scenario) =>
    scenario.services
      .filter((service) => service.status === "degraded" || service.status === "down")
      .map((service): Cell[] => [
        code(scenario.id),
        code(service.id),
        toned(service.status, statusTone(service.status)),
        rtoVersusTarget(service),
        rpoVersusTarget(service),
        service.reasons.length === 0 ? "—" : service.reasons.join("; "),
      ]),
  );
  return table(["Scenario", "Service", "Status", "RTO estimate / target", "RPO estimate / target", "Why"], rows, {
    numeric: [3, 4],
    empty: "Every impacted service recovers within its objectives in every scenario.",
  });
}
