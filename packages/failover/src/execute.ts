import {
  type Clock,
  failureReason,
  formatMs,
  mapWithLimit,
  RequestFailure,
  type RequestPolicy,
  RunStopped,
  type SiteRunSettings,
  sendWithRetry,
  startRun,
  stopReason,
} from "@relais/check";
import { type ConnectionSettings, type SiteClients, siteClients } from "./clients";
import { type Journal, stepKey } from "./journal";
import type { FailoverPlan, PlannedStep } from "./plan";
import { type FailoverReport, planReport, type StepResult, stepResult } from "./report";
import type { StepContext, StepOutcome } from "./steps/context";

/** A step's end as the run sees it: a step it did not run is `skipped`. */
type Outcome = Omit<StepOutcome, "status"> & { status: StepOutcome["status"] | "skipped" };

import { moveDns } from "./steps/move-dns";
import { setCapacity } from "./steps/set-capacity";
import { startInstances } from "./steps/start-instances";

/** A step starting or finished, for a progress display. */
export interface FailoverProgress {
  phase: "start" | "done";
  step: StepResult;
  /** Steps finished so far, and in all. */
  done: number;
  total: number;
}

/**
 * The options of `executeFailover`: the site-run settings `relais check` uses too (deadline default 15 min; steps
 * not started by then are `skipped`), and what only a failover needs.
 */
export interface FailoverRunOptions extends SiteRunSettings, Pick<Partial<ConnectionSettings>, "requestHandler"> {
  journal: Journal;
  /** Who runs the failover, for the journal. */
  operator: string;
  /** How long a step may take to verify after its change was sent. Default 5 min. */
  stepTimeoutMs?: number;
  /** How often a step reads its state back while waiting. Default 5 s. */
  pollIntervalMs?: number;
  onProgress?: (progress: FailoverProgress) => void;
}

export const DEFAULT_FAILOVER_DEADLINE_MS = 15 * 60_000;
export const DEFAULT_STEP_TIMEOUT_MS = 5 * 60_000;

/**
 * Carries out a plan. Sites are worked on in parallel (bounded), each site's steps one after another in runbook
 * order; a service whose step failed gets no further steps (traffic is never moved to capacity that is not there).
 * A step already `done` in the journal is not repeated. Every step is journaled (and flushed) before the next
 * starts. Always resolves to a full report, one result per planned step, in plan order.
 */
export async function executeFailover(plan: FailoverPlan, options: FailoverRunOptions): Promise<FailoverReport> {
  const { clock, policy, signal, end } = startRun(options, [...plan.cloudSites.keys()], DEFAULT_FAILOVER_DEADLINE_MS);

  const settings: ConnectionSettings = {
    endpoints: options.endpoints ?? new Map(),
    profiles: options.profiles ?? new Map(),
    env: options.env ?? process.env,
    ...(options.requestHandler ? { requestHandler: options.requestHandler } : {}),
  };
  const report = planReport(plan);
  const results = report.steps;
  let finished = 0;
  const progress = (phase: FailoverProgress["phase"], step: StepResult) =>
    options.onProgress?.({ phase, step, done: finished, total: results.length });
  const finish = (index: number, result: StepResult) => {
    results[index] = result;
    finished += 1;
    progress("done", result);
  };
  const bySite = new Map<string, number[]>();
  plan.steps.forEach((step, index) => {
    bySite.set(step.site, [...(bySite.get(step.site) ?? []), index]);
  });
  const runner: SiteRunner = { plan, options, policy, clock, run: signal, settings, finish, progress };
  try {
    await mapWithLimit([...bySite.values()], options.concurrency ?? 4, (indexes) => runSiteSteps(runner, indexes));
  } finally {
    end();
  }
  return { ...report, steps: results, journal: options.journal.file };
}

interface SiteRunner {
  plan: FailoverPlan;
  options: FailoverRunOptions;
  policy: RequestPolicy;
  clock: Clock;
  run: AbortSignal;
  settings: ConnectionSettings;
  finish(index: number, result: StepResult): void;
  progress(phase: FailoverProgress["phase"], step: StepResult): void;
}

async function runSiteSteps(runner: SiteRunner, indexes: readonly number[]): Promise<void> {
  const failedServices = new Map<string, number>();
  let clients: SiteClients | undefined;
  for (const index of indexes) {
    const step = runner.plan.steps[index]!;
    const earlier = runner.options.journal.finished.get(stepKey({ ...step, lost: runner.plan.lost }));
    const failedAt = failedServices.get(step.service);
    let outcome: Outcome;
    if (earlier) {
      const at = `${earlier.time} by ${earlier.operator}`;
      runner.finish(
        index,
        stepResult(step, {
          resources: earlier.resources,
          status: earlier.result as "done" | "already",
          reason: `${earlier.result} in an earlier run (${at}), as the journal records: not repeated`,
        }),
      );
      continue;
    }
    if (step.action === "manual") {
      outcome = { status: "skipped", resources: [], reason: `left to people: ${step.why}` };
    } else if (failedAt !== undefined) {
      outcome = { status: "skipped", resources: [], reason: `not run: step ${failedAt} of ${step.service} failed` };
    } else if (runner.run.aborted) {
      outcome = { status: "skipped", resources: [], reason: `${stopReason(runner.run)} before this step started` };
    } else {
      const site = runner.plan.cloudSites.get(step.site);
      if (site === undefined) {
        outcome = { status: "failed", resources: [], reason: `${step.site} has no cloud API relais can call` };
      } else {
        clients ??= siteClients(site, runner.settings);
        runner.progress("start", stepResult(step, { status: "planned", resources: [], reason: step.why }));
        outcome = await runStep(runner, clients, step);
      }
    }
    if (outcome.status === "failed") failedServices.set(step.service, step.order);
    record(runner, step, outcome.status, outcome.resources, outcome.reason);
    runner.finish(index, stepResult(step, outcome));
  }
}

async function runStep(runner: SiteRunner, clients: SiteClients, step: PlannedStep): Promise<StepOutcome> {
  const stepTimeoutMs = runner.options.stepTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS;
  const pollMs = runner.options.pollIntervalMs ?? 5_000;
  const { clock, run } = runner;
  let endpoint = "";
  const context: StepContext = {
    clients,
    stepTimeout: formatMs(stepTimeoutMs),
    send: (action, send) => sendWithRetry(action, send, runner.policy, run),
    starting: (resources) => record(runner, step, "started", [...resources], step.why),
    waitFor: async (read, holds) => {
      const until = clock.now() + stepTimeoutMs;
      for (;;) {
        const state = await read();
        if (holds(state)) return { state, held: true };
        if (clock.now() >= until) return { state, held: false };
        await clock.sleep(Math.min(pollMs, until - clock.now()), run);
        if (run.aborted) throw new RunStopped(stopReason(run));
      }
    },
  };
  try {
    if (step.action === "StartInstances") {
      endpoint = clients.ec2().endpoint;
      return await startInstances(context, step);
    }
    if (step.action === "SetDesiredCapacity") {
      endpoint = clients.autoScaling().endpoint;
      return await setCapacity(context, step);
    }
    endpoint = clients.route53().endpoint;
    return await moveDns(context, step as Extract<PlannedStep, { action: "ChangeResourceRecordSets" }>);
  } catch (error) {
    return { status: "failed", resources: [], reason: errorReason(error, clients, endpoint, run) };
  }
}

function errorReason(error: unknown, clients: SiteClients, endpoint: string, run: AbortSignal): string {
  if (error instanceof RunStopped) {
    return `${stopReason(run)} before the step was verified: run again with the same --journal to resume`;
  }
  if (!(error instanceof RequestFailure)) throw error;
  if (error.failure.kind === "permission") {
    return (
      `not allowed to call ${error.action} at ${clients.site.id} (${error.failure.detail}):` +
      " docs/failover.md has the least-privilege policy relais failover needs"
    );
  }
  return failureReason(error, { site: clients.site, endpoint, credentials: clients.credentials });
}

function record(
  runner: SiteRunner,
  step: PlannedStep,
  result: "started" | Outcome["status"],
  resources: string[],
  reason: string,
): void {
  runner.options.journal.append({
    time: new Date(runner.clock.now()).toISOString(),
    operator: runner.options.operator,
    site: step.site,
    action: step.action,
    service: step.service,
    lost: runner.plan.lost,
    resources,
    result,
    reason,
  });
}
