import type { ContinuityPolicy } from "@relais/policy";
import type { PolicyChange } from "./change";
import { asDuration, asPercentage, change, compareNumber, compareText, matchKeys } from "./compare";

/** Customer commitments: dropping one, or promising less availability, longer outages or more data loss, is loosened. */
export function compareCommitments(before: ContinuityPolicy, after: ContinuityPolicy): PolicyChange[] {
  const { removed, added, kept } = matchKeys(before.commitments, after.commitments);
  return [
    ...removed.map((id) =>
      change("loosened", `commitments.${id}`, `commitment ${id} removed: it is no longer checked`),
    ),
    ...added.map((id) => change("tightened", `commitments.${id}`, `commitment ${id} added`)),
    ...kept.flatMap((id) => {
      const path = `commitments.${id}`;
      const from = before.commitments[id];
      const to = after.commitments[id];
      return [
        ...compareNumber(`${path}.availability`, from.availability, to.availability, {
          label: "availability",
          higher: "tightened",
          format: asPercentage,
        }),
        ...compareNumber(`${path}.maxOutage`, from.maxOutage, to.maxOutage, {
          label: "longest outage allowed",
          higher: "loosened",
          format: asDuration,
        }),
        ...compareNumber(`${path}.maxDataLoss`, from.maxDataLoss, to.maxDataLoss, {
          label: "data loss allowed",
          higher: "loosened",
          format: asDuration,
        }),
        ...compareText(`${path}.customer`, "customer", from.customer, to.customer),
        ...compareText(`${path}.description`, "description", from.description, to.description),
      ];
    }),
  ];
}
