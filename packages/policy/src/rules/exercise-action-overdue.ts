import type { Rule } from "./rule";

export const exerciseActionOverdue: Rule = {
  code: "exercise-action-overdue",
  why:
    "Lessons learnt only improve the plan once their actions are carried out (NIS2 Annex 4.1.4; ISO 22301 " +
    "clause 10): an overdue action is a known weakness left open.",
  fix: "carry out the action and set done: true, or agree a new due date with its owner",
  check: ({ policy, today }) => {
    if (today === undefined) return [];
    return policy.exercises.flatMap((exercise, index) =>
      exercise.results.flatMap((result, run) =>
        result.actions.flatMap((action, position) => {
          if (action.done || action.due >= today) return [];
          const path = `exercises[${index}].results[${run}].actions[${position}]`;
          return [
            {
              path,
              message: `action "${action.action}" (owner ${action.owner}) from the ${result.ranOn} exercise of scenario ${exercise.scenario} was due on ${action.due} and is not done`,
              hint: `carry it out and set ${path}.done: true, or agree a new due date with ${action.owner}`,
            },
          ];
        }),
      ),
    );
  },
};
