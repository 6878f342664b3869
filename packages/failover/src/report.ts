import type { StepStatus } from "./journal";
import { type FailoverPlan, plannedResources } from "./plan";

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
    steps: plan.steps.map((step) => ({
      order: step.order,
      service: step.service,
      site: step.site,
      action: step.action,
      resources: plannedResources(step),
      status: step.action === "manual" ? "skipped" : "planned",
      reason: step.why,
    })),
    journal: null,
  };
}

/** True when every step relais can carry out was done or already so (steps left to people do not count). */
export function allDone(report: FailoverReport): boolean {
  return report.steps.every(
    (step) =>
      step.status === "done" || step.status === "already" || (step.action === "manual" && step.status === "skipped"),
  );
}
