import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { exerciseActionOverdue } from "./exercise-action-overdue";

function withAction(action: { due: string; done?: boolean }) {
  const policy = basePolicy();
  policy.scenarios = [{ id: "a-loss", kind: "site-loss", sites: ["site-a"] }];
  policy.exercises = [
    {
      scenario: "a-loss",
      every: "90d",
      lastRun: "2026-09-15",
      results: [
        {
          ranOn: "2026-09-15",
          outcome: "partial",
          measuredRto: "22m",
          lessons: ["DNS TTL too long"],
          actions: [{ action: "lower the TTL to 60s", owner: "web-team", ...action }],
        },
      ],
    },
  ];
  return policy;
}

describe("exercise-action-overdue", () => {
  it("accepts an action done, or due today or later, and does nothing without today", () => {
    expect(findingsOf(exerciseActionOverdue, withAction({ due: "2026-10-15", done: true }), "2026-11-28")).toEqual([]);
    expect(findingsOf(exerciseActionOverdue, withAction({ due: "2026-11-28" }), "2026-11-28")).toEqual([]);
    expect(findingsOf(exerciseActionOverdue, withAction({ due: "2026-10-15" }))).toEqual([]);
  });

  it("flags an open action past its due date", () => {
    const [finding] = findingsOf(exerciseActionOverdue, withAction({ due: "2026-10-15" }), "2026-11-28");
    expect(finding).toMatchObject({
      code: "exercise-action-overdue",
      severity: "warning",
      path: "exercises[0].results[0].actions[0]",
    });
    expect(finding.message).toBe(
      'action "lower the TTL to 60s" (owner web-team) from the 2026-09-15 exercise of scenario a-loss was due on 2026-10-15 and is not done',
    );
  });
});
