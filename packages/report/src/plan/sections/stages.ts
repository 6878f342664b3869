import { listOrDash } from "../../text/format";
import { codes, paragraph, table } from "../blocks";
import type { PlanInputs } from "../inputs";
import type { Section } from "../model";

/** (d) The graduated response: stages with their triggers and actions, and the scenarios that open them. */
export function stagesSection({ policy }: PlanInputs): Section {
  const stages = [...policy.stages].sort((a, b) => a.level - b.level);
  return {
    id: "stages",
    title: "Stages of the graduated response",
    covers: ["d"],
    blocks:
      stages.length === 0
        ? [paragraph("The policy declares no stages: the response is not graduated.")]
        : [
            paragraph(
              "The response escalates by stages. A stage is entered when one of its triggers occurs, and its actions are carried out at once; a scenario that names a stage opens its runbook with them.",
            ),
            table(
              ["Level", "Name", "Triggers", "Actions", "Opened by scenarios"],
              stages.map((stage) => [
                String(stage.level),
                stage.name,
                listOrDash(stage.triggers),
                stage.actions.join("; "),
                codes(
                  policy.scenarios.filter((scenario) => scenario.stage === stage.level).map((scenario) => scenario.id),
                ),
              ]),
              { numeric: [0] },
            ),
          ],
  };
}
