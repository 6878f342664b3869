/** Durations in messages, memoised: a matrix formats the same few RTOs thousands of times. */
import { formatDuration } from "@relais/policy";

const cache = new Map<number, string>();
const LIMIT = 4096;

/** `formatDuration` from `@relais/policy` (`5m30s`), remembered for the values seen most recently. */
export function duration(seconds: number): string {
  let text = cache.get(seconds);
  if (text === undefined) {
    text = formatDuration(seconds);
    if (cache.size >= LIMIT) cache.clear();
    cache.set(seconds, text);
  }
  return text;
}
