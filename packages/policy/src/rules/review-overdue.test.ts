import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { reviewOverdue } from "./review-overdue";

function reviewed(reviewedOn: string | undefined, reviewEvery: string | undefined) {
  const policy = basePolicy();
  policy.metadata = { ...policy.metadata, reviewedOn, reviewEvery };
  return policy;
}

describe("review-overdue", () => {
  it("accepts a review still current, no cadence, and does nothing without today", () => {
    expect(findingsOf(reviewOverdue, reviewed("2026-10-01", "180d"), "2027-03-30")).toEqual([]);
    expect(findingsOf(reviewOverdue, reviewed("2020-01-01", undefined), "2027-01-01")).toEqual([]);
    expect(findingsOf(reviewOverdue, reviewed("2020-01-01", "30d"))).toEqual([]);
  });

  it("flags a review past reviewedOn + reviewEvery", () => {
    const [finding] = findingsOf(reviewOverdue, reviewed("2026-10-01", "180d"), "2027-03-31");
    expect(finding).toMatchObject({ code: "review-overdue", severity: "warning", path: "metadata.reviewedOn" });
    expect(finding.message).toBe(
      "the policy was last reviewed on 2026-10-01 and was due for review on 2027-03-30 (every 180d)",
    );
  });

  it("flags a review cadence without a review date", () => {
    const [finding] = findingsOf(reviewOverdue, reviewed(undefined, "180d"), "2027-03-31");
    expect(finding.message).toContain("no review date is recorded");
  });
});
