// Shared helpers for benchmark cases.
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";

/** Runs `fn` `runs` times (after `warmup` runs) and returns the median wall time in ms. */
export async function medianMs(fn, { runs = 7, warmup = 1 } = {}) {
  for (let index = 0; index < warmup; index++) await fn();
  const times = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Runs a command `runs` times and returns the median wall time in ms; throws if it fails unexpectedly. */
export function medianCommandMs(command, args, { runs = 7, okCodes = [0], cwd } = {}) {
  const times = [];
  for (let index = 0; index < runs + 1; index++) {
    const start = performance.now();
    const result = spawnSync(command, args, { cwd, encoding: "utf8" });
    const elapsed = performance.now() - start;
    if (!okCodes.includes(result.status)) {
      throw new Error(`${command} ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
    }
    if (index > 0) times.push(elapsed);
  }
  return median(times);
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 0 ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle];
}
