import type { ContinuityPolicy } from "@relais/policy";
import { duration, listOrDash } from "../../text/format";
import { code, paragraph, subsection, table, toned } from "../blocks";
import type { Block, Cell, Tone } from "../model";

const OUTCOME_TONE: Readonly<Record<string, Tone>> = { passed: "ok", partial: "warn", failed: "bad" };

/** What past exercises showed: each run's outcome and lessons, then every action decided, open ones first. */
export function exerciseEvidence(policy: ContinuityPolicy, today: string): Block[] {
  const runs = policy.exercises.flatMap((exercise) => exercise.results.map((result) => ({ exercise, result })));
  const actions = runs.flatMap(({ exercise, result }) =>
    result.actions.map((action) => ({ scenario: exercise.scenario, ranOn: result.ranOn, ...action })),
  );
  const open = actions.filter((action) => !action.done);
  const done = actions.filter((action) => action.done);
  return [
    subsection("exercise-results", "Results and lessons learnt", [
      table(
        ["Scenario", "Ran on", "Outcome", "Measured RTO", "Lessons learnt"],
        runs.map(({ exercise, result }): Cell[] => [
          code(exercise.scenario),
          result.ranOn,
          toned(result.outcome, OUTCOME_TONE[result.outcome]),
          duration(result.measuredRto),
          listOrDash(result.lessons),
        ]),
        { numeric: [3], empty: "No exercise result is recorded (exercises[].results): there is no evidence of tests." },
      ),
    ]),
    subsection("exercise-actions", "Actions from exercises", [
      ...(actions.length > 0 ? [paragraph(`${open.length} open, ${done.length} done. Dates are as of ${today}.`)] : []),
      table(
        ["Action", "Owner", "Due", "From", "Status"],
        [...open, ...done].map((action): Cell[] => [
          action.action,
          action.owner,
          action.due,
          [code(action.scenario), ` on ${action.ranOn}`],
          action.done
            ? toned("done", "ok")
            : action.due < today
              ? toned("open, overdue", "bad")
              : toned("open", "warn"),
        ]),
        { empty: "No action from an exercise is recorded." },
      ),
    ]),
  ];
}
