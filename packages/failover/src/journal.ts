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

/**
 * The key a step is recognised by across runs: the same service, site and action, in a failover from the same lost
 * sites (a journal reused for another loss resumes nothing).
 */
export function stepKey(step: { service: string; site: string; action: string; lost: readonly string[] }): string {
  return [step.lost.join(","), step.service, step.site, step.action].join("\u0000");
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
    const text = existsSync(file) ? readText(file) : "";
    const journal = new Journal(file, readFinished(file, text));
    // A line cut short by a crash is ended, so that the next entry starts a line of its own.
    if (text !== "" && !text.endsWith("\n")) journal.write("\n");
    return journal;
  }

  append(entry: JournalEntry): void {
    this.write(`${JSON.stringify(entry)}\n`);
  }

  private write(text: string): void {
    const line = Buffer.from(text);
    let written = 0;
    while (written < line.length) written += writeSync(this.fd, line, written);
    fsyncSync(this.fd);
  }

  close(): void {
    closeSync(this.fd);
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new JournalError(`cannot read the journal ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
}

function readFinished(file: string, text: string): Map<string, JournalEntry> {
  const finished = new Map<string, JournalEntry>();
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    let entry: JournalEntry;
    try {
      entry = JSON.parse(line) as JournalEntry;
    } catch {
      // An entry cut short by a crash while it was written (the next run ends its line); anything else is not ours.
      if (line.startsWith('{"time":')) return;
      throw new JournalError(
        `${file}:${index + 1} is not a JSON line: not a relais failover journal`,
        "pass the journal an earlier run of relais failover wrote, or a new file name",
      );
    }
    if (entry.result === "done" || entry.result === "already") finished.set(stepKey(entry), entry);
  });
  return finished;
}
