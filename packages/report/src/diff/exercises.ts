import type { ContinuityPolicy, ExerciseSpec } from "@relais/policy";
import type { PolicyChange } from "./change";
import { asDuration, change, compareNumber, compareText } from "./compare";

/**
 * Exercises, matched by scenario (several exercises of one scenario are paired in order): an exercise removed or
 * run less often is loosened; a new last-run date is neutral (the exercise happened).
 */
export function compareExercises(before: ContinuityPolicy, after: ContinuityPolicy): PolicyChange[] {
  const pairs = pair(before.exercises, after.exercises);
  return pairs.flatMap(({ from, to, fromIndex, toIndex }) => {
    if (from && !to) {
      return [
        change(
          "loosened",
          `exercises[${fromIndex}]`,
          `exercise of ${from.scenario} removed: the scenario is no longer exercised`,
        ),
      ];
    }
    if (!from && to) return [change("tightened", `exercises[${toIndex}]`, `exercise of ${to.scenario} added`)];
    if (!from || !to) return [];
    const path = `exercises[${toIndex}]`;
    return [
      ...compareNumber(`${path}.every`, from.every, to.every, {
        label: `interval of the ${to.scenario} exercise`,
        higher: "loosened",
        format: asDuration,
      }),
      ...compareText(`${path}.lastRun`, `last run of ${to.scenario}`, from.lastRun, to.lastRun),
    ];
  });
}

interface Pair {
  from?: ExerciseSpec;
  to?: ExerciseSpec;
  fromIndex: number;
  toIndex: number;
}

function pair(before: readonly ExerciseSpec[], after: readonly ExerciseSpec[]): Pair[] {
  const used = new Set<number>();
  const pairs: Pair[] = after.map((to, toIndex) => {
    const fromIndex = before.findIndex((candidate, index) => !used.has(index) && candidate.scenario === to.scenario);
    if (fromIndex >= 0) used.add(fromIndex);
    return { from: fromIndex >= 0 ? before[fromIndex] : undefined, to, fromIndex, toIndex };
  });
  const removed = before.flatMap((from, fromIndex) => (used.has(fromIndex) ? [] : [{ from, fromIndex, toIndex: -1 }]));
  return [...removed, ...pairs];
}
