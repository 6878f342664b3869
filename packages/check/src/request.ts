import { classify, type Failure } from "./classify";
import type { Clock } from "./clock";
import { backoffDelay, type RetrySettings } from "./retry";

/** How every request is sent: a per-request timeout, retries with back-off, all under the run's signal. */
export interface RequestPolicy extends RetrySettings {
  requestTimeoutMs: number;
  clock: Clock;
  random: () => number;
}

/** A request that failed for good: the classified failure of its last attempt and how many attempts were made. */
export class RequestFailure extends Error {
  constructor(
    readonly action: string,
    readonly failure: Failure,
    readonly attempts: number,
  ) {
    super(`${action}: ${failure.detail}`);
    this.name = "RequestFailure";
  }
}

/** The run was stopped (deadline or interruption) while a request was pending or before it started. */
export class RunStopped extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "RunStopped";
  }
}

/** The reason a stopped run gives, read from its signal. */
export function stopReason(signal: AbortSignal): string {
  return typeof signal.reason === "string" ? signal.reason : "the run was stopped";
}

/**
 * Sends one read request (`send` receives the abort signal to pass to the SDK), retrying what is retryable.
 * Rejects with `RequestFailure` or `RunStopped`, never anything else.
 */
export async function sendWithRetry<T>(
  action: string,
  send: (abortSignal: AbortSignal) => Promise<T>,
  policy: RequestPolicy,
  run: AbortSignal,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    if (run.aborted) throw new RunStopped(stopReason(run));
    let failure: Failure;
    try {
      return await attemptOnce(send, policy, run);
    } catch (error) {
      if (error instanceof RunStopped || run.aborted) throw new RunStopped(stopReason(run));
      const timedOut = error instanceof TimedOut || (error as { name?: unknown })?.name === "AbortError";
      failure = timedOut ? timeoutFailure(policy.requestTimeoutMs) : classify(error);
    }
    if (!failure.retryable || attempt >= policy.maxAttempts) throw new RequestFailure(action, failure, attempt);
    await policy.clock.sleep(backoffDelay(attempt, policy, policy.random), run);
  }
}

class TimedOut extends Error {}

function timeoutFailure(ms: number): Failure {
  return { kind: "timeout", retryable: true, siteWide: false, detail: `no answer within ${formatMs(ms)}` };
}

/** One attempt, raced against its timeout and the run's signal (SDK mocks ignore abort signals, so race too). */
async function attemptOnce<T>(
  send: (abortSignal: AbortSignal) => Promise<T>,
  policy: RequestPolicy,
  run: AbortSignal,
): Promise<T> {
  const attempt = new AbortController();
  let outcome: "pending" | "settled" | "timed-out" = "pending";
  const stopped = new Promise<never>((_, reject) => {
    const onAbort = () => {
      if (outcome === "timed-out") reject(new TimedOut());
      else if (run.aborted) reject(new RunStopped(stopReason(run)));
    };
    attempt.signal.addEventListener("abort", onAbort, { once: true });
  });
  const forward = () => attempt.abort();
  run.addEventListener("abort", forward, { once: true });
  void policy.clock.sleep(policy.requestTimeoutMs, attempt.signal).then(() => {
    if (outcome !== "pending") return;
    outcome = "timed-out";
    attempt.abort();
  });
  stopped.catch(() => undefined);
  try {
    return await Promise.race([send(attempt.signal), stopped]);
  } finally {
    if (outcome === "pending") outcome = "settled";
    run.removeEventListener("abort", forward);
    attempt.abort();
  }
}

export function formatMs(ms: number): string {
  return ms < 1000 || ms % 1000 !== 0 ? `${ms}ms` : `${ms / 1000}s`;
}
