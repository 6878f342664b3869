import { addSeconds, daysBetween } from "@relais/policy";
import { count, duration } from "../../text/format";
import { facts, paragraph, table } from "../blocks";
import type { PlanInputs } from "../inputs";
import type { Cell, Section, Text } from "../model";

/** Review metadata and the approval block. */
export function reviewSection(input: PlanInputs): Section {
  const { policy, source, today } = input;
  const leader = policy.crisisCell?.roles[0];
  const approvals: Cell[][] = [
    [`Plan owner (${policy.metadata.owner})`, "", "", ""],
    [leader ? `Crisis cell: ${leader.role}` : "Crisis cell lead", leader?.primary ?? "", "", ""],
    ["Architecture", "", "", ""],
    ["Risk and compliance", "", "", ""],
  ];
  return {
    id: "review",
    title: "Review and approval",
    covers: ["4.1.4"],
    blocks: [
      facts([
        ["Owner", policy.metadata.owner],
        ["Last review", policy.metadata.reviewedOn ?? "not recorded"],
        ["Review every", policy.metadata.reviewEvery === undefined ? "not set" : duration(policy.metadata.reviewEvery)],
        ["Next review", nextReview(input)],
        ["Document as of", today],
        ["Generated from", source],
      ]),
      paragraph("Approval of this plan:"),
      table(["Role", "Name", "Date", "Signature"], approvals),
    ],
  };
}

/** The next review date with its state, such as `2027-03-30 (in 122 days)`. */
export function nextReview({ policy, today }: PlanInputs): Text {
  const { reviewedOn, reviewEvery } = policy.metadata;
  if (reviewedOn === undefined || reviewEvery === undefined)
    return "not scheduled: set metadata.reviewedOn and reviewEvery";
  const next = addSeconds(reviewedOn, reviewEvery);
  const days = daysBetween(today, next);
  if (days < 0) return [{ strong: `${next}: overdue by ${count(-days, "day")}` }];
  return `${next} (in ${count(days, "day")})`;
}
