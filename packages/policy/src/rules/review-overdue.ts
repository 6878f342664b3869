import { addSeconds } from "../date";
import { formatDuration } from "../duration";
import type { Rule } from "./rule";

export const reviewOverdue: Rule = {
  code: "review-overdue",
  why: "A continuity policy drifts from the business it protects; DORA Art. 11 and ISO 22301 ask for regular reviews.",
  fix: "review the policy and set metadata.reviewedOn to the date of the review",
  check: ({ policy, today }) => {
    const { reviewedOn, reviewEvery } = policy.metadata;
    if (today === undefined || reviewEvery === undefined) return [];
    if (reviewedOn === undefined) {
      return [
        {
          path: "metadata.reviewedOn",
          message: `the policy is to be reviewed every ${formatDuration(reviewEvery)}, but no review date is recorded`,
          hint: "review it, then set metadata.reviewedOn to the date (YYYY-MM-DD)",
        },
      ];
    }
    const due = addSeconds(reviewedOn, reviewEvery);
    if (due >= today) return [];
    return [
      {
        path: "metadata.reviewedOn",
        message: `the policy was last reviewed on ${reviewedOn} and was due for review on ${due} (every ${formatDuration(reviewEvery)})`,
        hint: "review it and set metadata.reviewedOn to the date of the review",
      },
    ];
  },
};
