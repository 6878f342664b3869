import type { SiteContext } from "./checks/context";
import { runImagePresent } from "./checks/image-present";
import { runSnapshotFresh } from "./checks/snapshot-fresh";
import { runStandbyRunning } from "./checks/standby-running";
import { runZonesAvailable } from "./checks/zones-available";
import { type FailureScene, failureReason } from "./failure-reason";
import type { PlannedCheck, SitePlan } from "./plan";
import { type CheckResult, orderedResult, type SiteReport } from "./report";
import { RequestFailure, RunStopped, stopReason } from "./request";

/** One or more planned checks answered together (all image checks of a site share one request). */
interface Step {
  indexes: number[];
  run(context: SiteContext): Promise<CheckResult[]>;
}

export interface SiteRunHooks {
  /** Called before each step with the checks it covers, and after with their results. */
  onStart(checks: readonly PlannedCheck[]): void;
  onDone(results: readonly CheckResult[]): void;
}

/**
 * Runs a site's checks one step after another, so a site is never hit by more than one request at a time. A
 * failure that would repeat for every request (bad credentials, no endpoint) ends the site's requests; a stopped
 * run (deadline, interruption) turns what is left into `unknown`. Always resolves, with one result per planned check.
 */
export async function runSite(
  plan: SitePlan,
  context: SiteContext,
  scene: FailureScene,
  run: AbortSignal,
  hooks: SiteRunHooks,
): Promise<SiteReport> {
  const results: Array<CheckResult | undefined> = plan.checks.map(() => undefined);
  let siteFailure: string | undefined;
  for (const step of stepsOf(plan.checks)) {
    const planned = step.indexes.map((index) => plan.checks[index]!);
    hooks.onStart(planned);
    let stepResults: CheckResult[];
    if (run.aborted) {
      stepResults = planned.map((check) => unknownResult(check, stoppedReason(run, false)));
    } else if (siteFailure !== undefined) {
      stepResults = planned.map((check) => unknownResult(check, siteFailure!));
    } else {
      try {
        stepResults = await step.run(context);
      } catch (error) {
        const reason = errorReason(error, scene, run);
        if (error instanceof RequestFailure && error.failure.siteWide) siteFailure = reason;
        stepResults = planned.map((check) => unknownResult(check, reason));
      }
    }
    step.indexes.forEach((index, position) => {
      results[index] = stepResults[position];
    });
    hooks.onDone(stepResults);
  }
  return { site: plan.site.id, endpoint: scene.endpoint, checks: results.map((result) => orderedResult(result!)) };
}

function errorReason(error: unknown, scene: FailureScene, run: AbortSignal): string {
  if (error instanceof RunStopped) return stoppedReason(run, true);
  if (error instanceof RequestFailure) return failureReason(error, scene);
  throw error;
}

function stoppedReason(run: AbortSignal, started: boolean): string {
  return `${stopReason(run)} ${started ? "before this check finished" : "before this check started"}`;
}

/** The result of a check that could not tell. */
export function unknownResult(check: PlannedCheck, reason: string): CheckResult {
  return {
    check: check.check,
    service: check.service,
    status: "unknown",
    reason,
    expected: expectedOf(check),
    actual: null,
  };
}

function expectedOf(check: PlannedCheck): string | number | null {
  switch (check.check) {
    case "zones-available":
    case "image-present":
      return "available";
    case "standby-running":
      return check.desired;
    case "snapshot-fresh":
      return check.maxAge;
  }
}

function stepsOf(checks: readonly PlannedCheck[]): Step[] {
  const steps: Step[] = [];
  const images: number[] = [];
  checks.forEach((check, index) => {
    switch (check.check) {
      case "zones-available":
        steps.push(single(index, (context) => runZonesAvailable(context, [check])));
        break;
      case "image-present":
        if (images.length === 0) {
          steps.push({
            indexes: images,
            run: (context) =>
              runImagePresent(
                context,
                images.map((at) => checks[at] as typeof check),
              ),
          });
        }
        images.push(index);
        break;
      case "standby-running":
        steps.push(single(index, (context) => runStandbyRunning(context, [check])));
        break;
      case "snapshot-fresh":
        steps.push(single(index, (context) => runSnapshotFresh(context, [check])));
        break;
    }
  });
  return steps;
}

function single(index: number, run: Step["run"]): Step {
  return { indexes: [index], run };
}
