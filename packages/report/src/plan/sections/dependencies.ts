import { dependencyGraph } from "../../graph/dependencies";
import { DETAIL_LIMIT, dependencySummaryGraph, detailed } from "../../graph/summary";
import { code, codes, paragraph, table } from "../blocks";
import type { PlanInputs } from "../inputs";
import type { Section } from "../model";

/** (e, g) The dependency graph: services and suppliers. */
export function dependenciesSection({ policy }: PlanInputs): Section {
  const rows = Object.entries(policy.services).map(([id, service]) => {
    const pick = (kind: "service" | "supplier", hard: boolean) =>
      service.dependsOn
        .filter((dependency) => dependency.kind === kind && dependency.hard === hard)
        .map((dependency) => dependency.id);
    return [
      code(id),
      codes(pick("service", true)),
      codes(pick("service", false)),
      codes(pick("supplier", true)),
      codes(pick("supplier", false)),
    ];
  });
  const perService = detailed(policy);
  return {
    id: "dependencies",
    title: "Dependencies",
    covers: ["e", "g"],
    blocks: [
      paragraph(
        "What each service needs. A hard dependency takes the service down with it; a soft one only degrades it. ",
        perService
          ? "Suppliers point to their declared alternates."
          : `With more than ${DETAIL_LIMIT} services the diagram groups services by tier and suppliers by criticality, each line labelled with its number of dependencies; the table lists every one.`,
      ),
      {
        kind: "diagram",
        id: "dependency-diagram",
        title: perService
          ? "Dependencies between services and suppliers"
          : "Dependencies between tiers and supplier groups",
        graph: perService ? dependencyGraph(policy) : dependencySummaryGraph(policy),
      },
      table(["Service", "Services (hard)", "Services (soft)", "Suppliers (hard)", "Suppliers (soft)"], rows),
    ],
  };
}
