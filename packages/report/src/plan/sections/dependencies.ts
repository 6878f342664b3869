import { dependencyGraph } from "../../graph/dependencies";
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
  return {
    id: "dependencies",
    title: "Dependencies",
    nis2: ["e", "g"],
    blocks: [
      paragraph(
        "What each service needs. A hard dependency takes the service down with it; a soft one only degrades it. ",
        "Suppliers point to their declared alternates.",
      ),
      {
        kind: "diagram",
        id: "dependency-diagram",
        title: "Dependencies between services and suppliers",
        graph: dependencyGraph(policy),
      },
      table(["Service", "Services (hard)", "Services (soft)", "Suppliers (hard)", "Suppliers (soft)"], rows),
    ],
  };
}
