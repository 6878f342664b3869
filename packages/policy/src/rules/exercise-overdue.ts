import { addSeconds } from "../date";
import { formatDuration } from "../duration";
import type { Rule } from "./rule";

export const exerciseOverdue: Rule = {
  code: "exercise-overdue",
  why:
    "A plan that is not exercised does not work when needed (ISO 22301 clause 8.5; DORA Art. 11 asks for tests at " +
    "least yearly).",
  fix: "run the exercise and record its date in lastRun",
  check: ({ policy, today }) => {
    if (today === undefined) return [];
    return policy.exercises.flatMap((exercise, index) => {
      const every = formatDuration(exercise.every);
      if (exercise.lastRun === undefined) {
        return [
          {
            path: `exercises[${index}]`,
            message: `the exercise of scenario ${exercise.scenario} (every ${every}) has never been run`,
            hint: `run it, then record the date in exercises[${index}].lastRun`,
          },
        ];
      }
      const due = addSeconds(exercise.lastRun, exercise.every);
      if (due >= today) return [];
      return [
        {
          path: `exercises[${index}].lastRun`,
          message: `the exercise of scenario ${exercise.scenario} was last run on ${exercise.lastRun} and was due again on ${due} (every ${every})`,
          hint: `run it again and set exercises[${index}].lastRun to its date`,
        },
      ];
    });
  },
};
