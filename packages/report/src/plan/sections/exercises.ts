import { addSeconds, daysBetween } from "@relais/policy";
import { count, duration } from "../../text/format";
import { callout, code, codes, paragraph, table, toned } from "../blocks";
import type { PlanInputs } from "../inputs";
import type { Cell, Section, Tone } from "../model";
import { exerciseEvidence } from "./exercise-evidence";

/** Days before the due date from which an exercise is shown as coming up. */
const DUE_SOON_DAYS = 30;
/** DORA Art. 11(6): continuity plans are tested at least yearly. */
const YEAR_SECONDS = 365 * 86_400;

/**
 * Exercises (ISO 22301 clause 8.5): when each was last run, when it is due next, what is overdue, and the evidence:
 * results, lessons learnt and the actions decided.
 */
export function exercisesSection({ policy, today }: PlanInputs): Section {
  const rows = policy.exercises.map((exercise): Cell[] => {
    const next = exercise.lastRun === undefined ? undefined : addSeconds(exercise.lastRun, exercise.every);
    const status = exerciseStatus(next, today);
    return [
      code(exercise.scenario),
      duration(exercise.every),
      exercise.lastRun ?? "never",
      next ?? "now",
      toned(status.text, status.tone),
    ];
  });
  const exercised = new Set(policy.exercises.map((exercise) => exercise.scenario));
  const never = policy.scenarios.filter((scenario) => !exercised.has(scenario.id)).map((scenario) => scenario.id);
  const rare = policy.exercises
    .filter((exercise) => exercise.every > YEAR_SECONDS)
    .map((exercise) => exercise.scenario);
  const overdue = rows.filter((row) => (row[4] as { tone?: Tone }).tone === "bad").length;
  return {
    id: "exercises",
    title: "Exercises",
    covers: ["4.1.4", "4.3", "art11"],
    blocks: [
      paragraph(
        `Scenarios are exercised on a schedule (ISO 22301 clause 8.5; DORA Art. 11 asks for at least a yearly test). Dates are as of ${today}.`,
      ),
      ...(overdue > 0 ? [callout("bad", "Overdue", `${count(overdue, "exercise is", "exercises are")} overdue.`)] : []),
      table(["Scenario", "Every", "Last run", "Next due", "Status"], rows, {
        numeric: [1],
        empty: "The policy schedules no exercise.",
      }),
      ...(never.length > 0
        ? [callout("warn", "Never exercised", "These declared scenarios have no exercise: ", codes(never), ".")]
        : []),
      ...(rare.length > 0
        ? [callout("warn", "Less than yearly", "These exercises run less often than once a year: ", codes(rare), ".")]
        : []),
      ...exerciseEvidence(policy, today),
    ],
  };
}

function exerciseStatus(next: string | undefined, today: string): { text: string; tone: Tone } {
  if (next === undefined) return { text: "never run: due now", tone: "bad" };
  const days = daysBetween(today, next);
  if (days < 0) return { text: `overdue by ${count(-days, "day")}`, tone: "bad" };
  if (days === 0) return { text: "due today", tone: "warn" };
  if (days <= DUE_SOON_DAYS) return { text: `due in ${count(days, "day")}`, tone: "warn" };
  return { text: `due in ${count(days, "day")}`, tone: "ok" };
}
