import type { StepStatus } from "./journal";
import { type FailoverPlan, type PlannedStep, plannedResources } from "./plan";

/** One step as `relais failover --format json` gives it. */
export interface StepResult {
  order: number;
  service: string;
  site: string;
  action: string;
  resources: string[];
  status: StepStatus;
  reason: string;
}

/** `relais failover --format json`: the lost site(s), every step in runbook order, and the journal written. */
export interface FailoverReport {
  /** The lost site; for a scenario that loses several, their ids joined with `, `. */
  site: string;
  steps: StepResult[];
  /** The journal file, or null for a plan (nothing was done). */
  journal: string | null;
}

/** The report of a plan: every step `planned`, except those left to people, `skipped`. */
export function planReport(plan: FailoverPlan): FailoverReport {
  return {
    site: plan.lost.join(", "),
    steps: plan.steps.map((step) =>
      stepResult(step, {
        status: step.action === "manual" ? "skipped" : "planned",
        resources: plannedResources(step),
        reason: step.why,
      }),
    ),
    journal: null,
  };
}

/** A step's result with its fields in the documented order. */
export function stepResult(
  step: PlannedStep,
  outcome: { status: StepStatus; resources: string[]; reason: string },
): StepResult {
  const { order, service, site, action } = step;
  return { order, service, site, action, resources: outcome.resources, status: outcome.status, reason: outcome.reason };
}

/** True when every step relais can carry out was done or already so (steps left to people do not count). */
export function allDone(report: FailoverReport): boolean {
  return report.steps.every(
    (step) =>
      step.status === "done" || step.status === "already" || (step.action === "manual" && step.status === "skipped"),
  );
}
