import { fstatSync } from "node:fs";

/**
 * Whether standard output is this process's to write by its descriptor: true once the `relais` executable claims it.
 * A program that runs the CLI's `main` in its own process (a test capturing `process.stdout.write`) never claims
 * it, so every byte it is given still goes through `process.stdout`.
 */
let claimed = false;

/** Called by the `relais` executable, which owns its process's standard output. */
export function claimStandardOutput(): void {
  claimed = true;
}

/** The descriptor to write a large output to when standard output is a claimed regular file (`> out.json`). */
export function standardOutputFile(): number | undefined {
  if (!claimed) return undefined;
  try {
    return fstatSync(STDOUT).isFile() ? STDOUT : undefined;
  } catch {
    return undefined;
  }
}

const STDOUT = 1;
