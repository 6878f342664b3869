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

const maxRssPreload = new URL("./max-rss.cjs", import.meta.url).pathname;

/**
 * Runs `relais` as a whole process `runs` times (after one warm-up) and returns its median wall time in ms, its
 * largest peak memory in MiB and its median CPU time (user + system) in ms: the figures a user sees, which in-process
 * rows flatter. On a shared machine, compare CPU times: the wall time counts the waits for a core too. `before`, if
 * given, runs before each run, untimed (to leave each run the same starting point).
 */
export function wholeProcess(args, { runs = 3, okCodes = [0, 1], cwd, before } = {}) {
  const bin = new URL("../packages/cli/dist/bin.js", import.meta.url).pathname;
  const times = [];
  const cpu = [];
  let peak = 0;
  for (let index = 0; index < runs + 1; index++) {
    before?.();
    const start = performance.now();
    const result = spawnSync(process.execPath, ["-r", maxRssPreload, bin, ...args], {
      cwd,
      encoding: "utf8",
      maxBuffer: 1024 * 1024 * 1024,
      stdio: ["ignore", "ignore", "pipe"],
    });
    const elapsed = performance.now() - start;
    if (!okCodes.includes(result.status))
      throw new Error(`relais ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
    const usage = /relais-bench-max-rss (\d+) cpu (\d+)/.exec(result.stderr);
    if (usage) peak = Math.max(peak, Number(usage[1]) / 1024);
    if (index > 0) {
      times.push(elapsed);
      if (usage) cpu.push(Number(usage[2]) / 1000);
    }
  }
  return { ms: median(times), peakMiB: peak, cpuMs: cpu.length > 0 ? median(cpu) : Number.NaN };
}
