import type { Clock } from "../clock";

interface Timer {
  due: number;
  seq: number;
  resolve: () => void;
}

/**
 * A clock whose time moves only when a test says so — or, with `run`, jumps straight to the next timer whenever
 * everything else is waiting, so back-off, timeouts and deadlines take no real time at all.
 */
export class ManualClock implements Clock {
  /** Every `sleep` asked for, in ms, in order (back-off delays, timeouts, the deadline). */
  readonly sleeps: number[] = [];
  private time: number;
  private timers: Timer[] = [];
  private seq = 0;

  constructor(start = Date.parse("2026-11-28T09:00:00Z")) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    return new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const timer: Timer = { due: this.time + ms, seq: this.seq++, resolve };
      this.timers.push(timer);
      signal?.addEventListener(
        "abort",
        () => {
          this.timers = this.timers.filter((candidate) => candidate !== timer);
          resolve();
        },
        { once: true },
      );
    });
  }

  /** Moves time forward by `ms`, firing due timers in order and letting promises settle between them. */
  async advance(ms: number): Promise<void> {
    const target = this.time + ms;
    for (;;) {
      await settle();
      const next = this.nextTimer();
      if (!next || next.due > target) break;
      this.fire(next);
    }
    this.time = target;
    await settle();
  }

  /** Awaits `promise`, jumping to the next timer each time nothing else can progress. */
  async run<T>(promise: Promise<T>): Promise<T> {
    let settled = false;
    const watched = promise.finally(() => {
      settled = true;
    });
    watched.catch(() => undefined);
    for (let guard = 0; guard < 100_000; guard += 1) {
      await settle();
      if (settled) return watched;
      const next = this.nextTimer();
      if (!next) throw new Error("ManualClock.run: nothing can progress (no timer pending, promise unsettled)");
      this.fire(next);
    }
    throw new Error("ManualClock.run: too many timers");
  }

  /** Milliseconds of virtual time elapsed since `start`. */
  elapsedSince(start: number): number {
    return this.time - start;
  }

  private nextTimer(): Timer | undefined {
    return [...this.timers].sort((a, b) => a.due - b.due || a.seq - b.seq)[0];
  }

  private fire(timer: Timer): void {
    this.timers = this.timers.filter((candidate) => candidate !== timer);
    this.time = Math.max(this.time, timer.due);
    timer.resolve();
  }
}

/** Lets every pending promise chain run (a few macrotask turns). */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 5; turn += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}
