import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from "node:fs";
import { InputError } from "@relais/policy";

/** The outcome of a step, as the report and the journal give it. */
export type StepStatus = "planned" | "done" | "already" | "failed" | "skipped";

/**
 * One line of the journal: a step starting (`result: "started"`) or ending. It is the record of the activation, so
 * it says who ran what, where, on which resources, when, and with what result.
 */
export interface JournalEntry {
  /** ISO 8601, UTC. */
  time: string;
  operator: string;
  /** The site the step acted on. */
  site: string;
  action: string;
  service: string;
  /** The sites whose loss the run recovers from. */
  lost: string[];
  resources: string[];
  result: "started" | Exclude<StepStatus, "planned">;
  reason: string;
}

/** A journal file that cannot be read back or written. */
export class JournalError extends InputError {}

/** The key a step is recognised by across runs: the same service, site and action. */
export function stepKey(step: { service: string; site: string; action: string }): string {
  return `${step.service}\u0000${step.site}\u0000${step.action}`;
}

/**
 * An append-only journal of JSON lines. Every entry is written and flushed to the disk (fsync) before `append`
 * returns, so that an interruption or a crash loses at most the step in flight.
 */
export class Journal {
  private readonly fd: number;

  private constructor(
    readonly file: string,
    /** Steps already `done` or `already` in earlier runs, with the entry that says so. */
    readonly finished: ReadonlyMap<string, JournalEntry>,
  ) {
    try {
      this.fd = openSync(file, "a", 0o600);
    } catch (error) {
      throw new JournalError(`cannot write the journal ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
    }
  }

  /** Opens `file` for appending, reading back what earlier runs finished (a new file when it does not exist). */
  static open(file: string): Journal {
    return new Journal(file, existsSync(file) ? readFinished(file) : new Map());
  }

  append(entry: JournalEntry): void {
    const line = Buffer.from(`${JSON.stringify(entry)}\n`);
    let written = 0;
    while (written < line.length) written += writeSync(this.fd, line, written);
    fsyncSync(this.fd);
  }

  close(): void {
    closeSync(this.fd);
  }
}

function readFinished(file: string): Map<string, JournalEntry> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new JournalError(`cannot read the journal ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  const finished = new Map<string, JournalEntry>();
  const lines = text.split("\n");
  const last = lines.findLastIndex((line) => line.trim() !== "");
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    let entry: JournalEntry;
    try {
      entry = JSON.parse(line) as JournalEntry;
    } catch {
      // Only the last line may be cut short (a crash while writing it); anything else is not a relais journal.
      if (index === last) return;
      throw new JournalError(
        `${file}:${index + 1} is not a JSON line: not a relais failover journal`,
        "pass the journal an earlier run of relais failover wrote, or a new file name",
      );
    }
    if (entry.result === "done" || entry.result === "already") finished.set(stepKey(entry), entry);
  });
  return finished;
}
