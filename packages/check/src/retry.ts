/** Retry settings: attempts and exponential back-off with jitter. Milliseconds. */
export interface RetrySettings {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** The back-off before the second attempt, doubled for each further one … */
  baseDelayMs: number;
  /** … up to this cap. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetrySettings = { maxAttempts: 4, baseDelayMs: 250, maxDelayMs: 5_000 };

/**
 * The wait before attempt `attempt + 1` after `attempt` failed: exponential (`base × 2^(attempt-1)`, capped), with
 * "equal jitter" — half fixed, half random — so clients throttled together spread out but never retry at once.
 * `random` returns [0, 1).
 */
export function backoffDelay(attempt: number, settings: RetrySettings, random: () => number): number {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
