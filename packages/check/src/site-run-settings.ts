import type { Clock } from "./clock";
import type { RetrySettings } from "./retry";

/**
 * How a run over the sites' APIs connects and paces itself, the same for `relais check` and `relais failover`:
 * endpoint and profile overrides, credentials, the run deadline, per-request timeouts, retries and parallelism.
 * Each command documents its own default deadline.
 */
export interface SiteRunSettings {
  /** `--endpoint SITE=URL` overrides. */
  endpoints?: ReadonlyMap<string, string>;
  /** `--profile SITE=NAME` (and `*` for every site). */
  profiles?: ReadonlyMap<string, string>;
  /** Environment for `OSC_ACCESS_KEY`/`OSC_SECRET_KEY`. Default: `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The whole run's deadline. */
  deadlineMs?: number;
  /** Each request's timeout. Default 10 s. */
  requestTimeoutMs?: number;
  retry?: Partial<RetrySettings>;
  /** Sites worked on at once. Default 4. */
  concurrency?: number;
  clock?: Clock;
  /** [0, 1), for back-off jitter. Default `Math.random`. */
  random?: () => number;
  /** Aborting it stops the run (Ctrl-C); its reason, when a string, is the reason unfinished work gives. */
  signal?: AbortSignal;
}
