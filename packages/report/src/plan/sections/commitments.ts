import { duration, percentage } from "../../text/format";
import { code, codes, paragraph, table, toned } from "../blocks";
import type { PlanInputs } from "../inputs";
import type { Cell, Section } from "../model";

/** (f, h) Customer commitments: what was promised, which services serve it, which scenarios breach it. */
export function commitmentsSection({ policy, matrix }: PlanInputs): Section {
  const commitments = Object.entries(policy.commitments);
  return {
    id: "commitments",
    title: "Commitments",
    covers: ["4.1.3", "c"],
    blocks: [
      paragraph(
        "What customers were promised. A commitment is breached in a scenario when a service serving it is down, or recovers later than the longest outage allowed, or loses more data than allowed. Breached commitments are reported to the customer named.",
      ),
      table(
        ["Commitment", "Customer", "Availability", "Longest outage", "Data loss allowed", "Served by", "Breached in"],
        commitments.map(([id, commitment]): Cell[] => {
          const breachedIn = matrix.scenarios
            .filter((scenario) => scenario.commitments.some((result) => result.id === id && result.breached))
            .map((scenario) => scenario.id);
          return [
            code(id),
            commitment.customer,
            percentage(commitment.availability),
            duration(commitment.maxOutage),
            duration(commitment.maxDataLoss),
            codes(
              Object.entries(policy.services)
                .filter(([, service]) => service.commitments.includes(id))
                .map(([service]) => service),
            ),
            breachedIn.length === 0 ? toned("no scenario", "ok") : toned(codes(breachedIn), "bad"),
          ];
        }),
        { numeric: [2, 3, 4], empty: "The policy declares no customer commitment." },
      ),
    ],
  };
}
