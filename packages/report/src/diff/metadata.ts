import type { ContinuityPolicy } from "@relais/policy";
import type { PolicyChange } from "./change";
import { asDuration, compareNumber, compareText } from "./compare";

/** Metadata: only a longer (or dropped) review interval moves risk. */
export function compareMetadata(before: ContinuityPolicy, after: ContinuityPolicy): PolicyChange[] {
  const from = before.metadata;
  const to = after.metadata;
  return [
    ...compareText("metadata.name", "policy name", from.name, to.name),
    ...compareText("metadata.owner", "owner", from.owner, to.owner),
    ...compareText("metadata.description", "description", from.description, to.description),
    ...compareText("metadata.reviewedOn", "last review", from.reviewedOn, to.reviewedOn),
    ...compareNumber("metadata.reviewEvery", from.reviewEvery, to.reviewEvery, {
      label: "review interval",
      higher: "loosened",
      format: asDuration,
    }),
  ];
}
