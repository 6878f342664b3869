import { DETAIL_LIMIT, detailed, topologySummaryGraph } from "../../graph/summary";
import { topologyGraph } from "../../graph/topology";
import { paragraph } from "../blocks";
import type { PlanInputs } from "../inputs";
import type { Section } from "../model";

/** (g) The topology diagram: services, sites, primary and failover placement (by tier for large policies). */
export function topologySection({ policy }: PlanInputs): Section {
  const perService = detailed(policy);
  return {
    id: "topology",
    title: "Topology",
    covers: ["g"],
    blocks: [
      perService
        ? paragraph(
            "Where each service runs. Sites are grouped by provider and region; a line goes from each service to its sites: ",
            "a thick line to where it is active, a dashed line to where it stands by, in failover order.",
          )
        : paragraph(
            `Where the services run. With more than ${DETAIL_LIMIT} services a line per service would be unreadable, so services are grouped by tier and sites by region: `,
            "a line goes from each tier to each region its services use, labelled with how many are primary, active or standing by there. ",
            "The placement of each service is in Resources, redundancy and backups.",
          ),
      {
        kind: "diagram",
        id: "topology-diagram",
        title: perService ? "Topology: services and their sites" : "Topology: tiers and the regions their services use",
        graph: perService ? topologyGraph(policy) : topologySummaryGraph(policy),
      },
    ],
  };
}
