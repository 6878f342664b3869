import { topologyGraph } from "../../graph/topology";
import { paragraph } from "../blocks";
import type { PlanInputs } from "../inputs";
import type { Section } from "../model";

/** (g) The topology diagram: services, sites, primary and failover placement. */
export function topologySection({ policy }: PlanInputs): Section {
  return {
    id: "topology",
    title: "Topology",
    nis2: ["g"],
    blocks: [
      paragraph(
        "Where each service runs. Sites are grouped by provider and region; a line goes from each service to its sites: ",
        "solid to where it is active, dashed to where it stands by, in failover order.",
      ),
      {
        kind: "diagram",
        id: "topology-diagram",
        title: "Topology: services and their sites",
        graph: topologyGraph(policy),
      },
    ],
  };
}
