import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { exerciseOverdue } from "./exercise-overdue";

function exercised(lastRun?: string) {
  const policy = basePolicy();
  policy.scenarios = [{ id: "a-loss", kind: "site-loss", sites: ["site-a"] }];
  policy.exercises = [{ scenario: "a-loss", every: "90d", lastRun }];
  return policy;
}

describe("exercise-overdue", () => {
  it("accepts an exercise due today or later, and does nothing without today", () => {
    expect(findingsOf(exerciseOverdue, exercised("2026-09-01"), "2026-11-30")).toEqual([]);
    expect(findingsOf(exerciseOverdue, exercised("2020-01-01"))).toEqual([]);
  });

  it("flags an exercise whose lastRun + every is before today", () => {
    const [finding] = findingsOf(exerciseOverdue, exercised("2026-09-01"), "2026-12-01");
    expect(finding).toMatchObject({ code: "exercise-overdue", severity: "warning", path: "exercises[0].lastRun" });
    expect(finding.message).toBe(
      "the exercise of scenario a-loss was last run on 2026-09-01 and was due again on 2026-11-30 (every 90d)",
    );
  });

  it("flags an exercise that has never run", () => {
    const [finding] = findingsOf(exerciseOverdue, exercised(), "2026-12-01");
    expect(finding.path).toBe("exercises[0]");
    expect(finding.message).toContain("has never been run");
  });
});
