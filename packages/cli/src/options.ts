import type { Command } from "commander";
import { UsageError } from "./errors";
import type { CommonOptions } from "./output";

/** Adds the flags common to every command. `formats` are the values `--format` accepts here. */
export function withCommonOptions(command: Command, formats: readonly string[]): Command {
  return command
    .option("--format <format>", `output format: ${formats.join(", ")}`)
    .option("--out <file>", "write the result to FILE instead of standard output")
    .option("--today <date>", "today's date, YYYY-MM-DD, for date rules (default: the system date)")
    .option("--quiet", "print only the result, no progress or notes")
    .option("--no-color", "no colour, even on a terminal (NO_COLOR is honoured too)")
    .option("--debug", "show stack traces for unexpected errors");
}

/** `--today` when given and valid, else the system date in UTC. */
export function resolveToday(options: CommonOptions, now: Date = new Date()): string {
  if (options.today === undefined) return now.toISOString().slice(0, 10);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(options.today);
  const date = match ? new Date(`${options.today}T00:00:00Z`) : undefined;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== options.today) {
    throw new UsageError(`--today ${options.today} is not a date`, "write it YYYY-MM-DD, such as 2026-11-28");
  }
  return options.today;
}

/** Commander's accumulator for repeatable flags such as `--scenario A --scenario B`. */
export function collectRepeated(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** The longest delay a Node.js timer holds (2^31 - 1 ms, about 24.8 days); a longer one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A time flag (`--timeout 60s`, `2m`, `1m30s`, `PT2M`, or `500ms`) in milliseconds, longer than zero. Loads the
 * duration parser of `@relais/policy` lazily, so that commands which do not use a time flag do not load it.
 */
export async function parseTimeFlag(flag: string, text: string): Promise<number> {
  const { parseDuration } = await import("@relais/policy");
  const millis = /^(\d+)ms$/.exec(text.trim());
  const ms = millis ? Number(millis[1]) : (parseDuration(text) ?? Number.NaN) * 1000;
  if (Number.isNaN(ms))
    throw new UsageError(`${flag} ${text} is not a duration`, "write it like 60s, 2m, 1m30s or 500ms");
  if (ms <= 0) throw new UsageError(`${flag} ${text} must be longer than zero`);
  if (ms > MAX_TIMER_MS) {
    throw new UsageError(
      `${flag} ${text} is longer than a timer can wait (24 days)`,
      "give a shorter duration, such as 2m or 1h",
    );
  }
  return ms;
}
