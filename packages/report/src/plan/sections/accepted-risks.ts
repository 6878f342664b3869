import { code, paragraph, table } from "../blocks";
import type { PlanInputs } from "../inputs";
import type { Cell, Section } from "../model";

/**
 * The risks the deployed stack acknowledged (`acceptRisks` on its `ContinuityPlan`): secure defaults a provider
 * cannot give and data mechanisms weaker than the policy asks, each with its site and the reason given. Only for a
 * plan built from a program, whose manifest records them; a plan built from a policy file has none to show.
 */
export function acceptedRisksSection({ acceptedRisks }: PlanInputs): Section | null {
  if (acceptedRisks === undefined) return null;
  const rows = acceptedRisks.map((risk): Cell[] => [code(risk.site), code(risk.capability), risk.reason]);
  return {
    id: "accepted-risks",
    title: "Acknowledged risks",
    covers: ["g", "art12"],
    blocks: [
      paragraph(
        "What the deployment cannot give on some sites and the stack acknowledged instead of failing: each entry names the site, what is missing and why it is accepted. Review them with the plan.",
      ),
      table(["Site", "Capability", "Reason"], rows, {
        empty: "No risk acknowledged: every secure default and data mechanism is built as the policy asks.",
      }),
    ],
  };
}
