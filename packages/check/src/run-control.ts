import { type Clock, systemClock } from "./clock";
import { validateEndpointOverrides, validateProfileSites } from "./endpoints";
import { formatMs, type RequestPolicy } from "./request";
import { DEFAULT_RETRY } from "./retry";
import type { SiteRunSettings } from "./site-run-settings";

/** Each request's timeout when the settings give none. */
const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

/**
 * A run over the sites' APIs under way, started the same way by `relais check` and `relais failover`: its request
 * policy (retries, and a per-request timeout no longer than the run) and one signal that aborts at the run's
 * deadline, when the caller's signal aborts (Ctrl-C), or when the run ends.
 */
export interface RunControl {
  clock: Clock;
  policy: RequestPolicy;
  signal: AbortSignal;
  /** Ends the run: stops the deadline timer and lets go of the caller's signal. Call it once the run is over. */
  end(): void;
}

/**
 * Starts a run from its settings, after checking that every `--endpoint` and `--profile` names one of `siteIds`.
 * `defaultDeadlineMs` is the command's own default for the whole run.
 */
export function startRun(settings: SiteRunSettings, siteIds: readonly string[], defaultDeadlineMs: number): RunControl {
  validateEndpointOverrides(settings.endpoints ?? new Map(), siteIds);
  validateProfileSites(settings.profiles ?? new Map(), siteIds);
  const clock = settings.clock ?? systemClock;
  const deadlineMs = settings.deadlineMs ?? defaultDeadlineMs;
  const policy: RequestPolicy = {
    ...DEFAULT_RETRY,
    ...settings.retry,
    requestTimeoutMs: Math.min(settings.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS, deadlineMs),
    clock,
    random: settings.random ?? Math.random,
  };
  const run = new AbortController();
  void clock
    .sleep(deadlineMs, run.signal)
    .then(() => run.abort(`deadline reached (--timeout ${formatMs(deadlineMs)})`));
  const caller = settings.signal;
  const interrupt = () => run.abort(typeof caller?.reason === "string" ? caller.reason : "interrupted");
  if (caller?.aborted) interrupt();
  caller?.addEventListener("abort", interrupt, { once: true });
  return {
    clock,
    policy,
    signal: run.signal,
    end: () => {
      caller?.removeEventListener("abort", interrupt);
      if (!run.signal.aborted) run.abort("finished");
    },
  };
}
