import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileSystemError } from "./errors";
import { type Parts, writeParts } from "./parts";

/** One file to write: where, and its whole content. */
export interface FileToWrite {
  path: string;
  content: string;
}

/**
 * Writes files all or nothing: each goes to a temporary file beside its target, and only once every one is
 * complete are they renamed into place. Out of space or a permission error leaves no target changed, never a
 * truncated file. Missing directories are created. A filesystem error is a `UsageError` naming the path.
 */
export function writeFilesAtomically(files: readonly FileToWrite[]): void {
  const staged: Array<{ temporary: string; path: string }> = [];
  try {
    for (const file of files) {
      makeDirectories(dirname(file.path));
      const temporary = temporaryBeside(file.path);
      staged.push({ temporary, path: file.path });
      try {
        writeFileSync(temporary, file.content, { flag: "wx" });
      } catch (error) {
        throw named(error, file.path);
      }
    }
    // A directory in a target's place is the one failure a rename meets in practice: find it before any rename.
    for (const { path } of staged) {
      if (exists(path) && statSync(path).isDirectory()) {
        throw Object.assign(new Error(`${path} is a directory`), { code: "EISDIR", path, syscall: "write" });
      }
    }
    for (const { temporary, path } of staged) rename(temporary, path);
  } catch (error) {
    for (const { temporary } of staged) removeQuietly(temporary);
    throw fileSystemError(error) ?? error;
  }
}

/**
 * Writes one file atomically from a producer that writes it piece by piece (a document too large to hold whole):
 * the pieces go to a temporary file beside `path`, renamed into place once the producer has finished.
 */
export async function writeFileAtomicallyFrom(
  path: string,
  produce: (write: (parts: Parts) => void) => Promise<void>,
): Promise<void> {
  const temporary = temporaryBeside(path);
  let descriptor: number | undefined;
  try {
    makeDirectories(dirname(path));
    descriptor = openSync(temporary, "wx");
    const open = descriptor;
    await produce((parts) => writeParts(open, parts));
    closeSync(open);
    descriptor = undefined;
    rename(temporary, path);
  } catch (error) {
    if (descriptor !== undefined) closeSync(descriptor);
    removeQuietly(temporary);
    throw fileSystemError(named(error, path)) ?? error;
  }
}

function temporaryBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
}

function rename(temporary: string, path: string): void {
  try {
    renameSync(temporary, path);
  } catch (error) {
    throw named(error, path);
  }
}

/** The error, naming the target rather than the temporary file the user never asked for. */
export function named(error: unknown, path: string): unknown {
  return typeof error === "object" && error !== null ? Object.assign(error, { path }) : error;
}

/**
 * Creates a directory and its missing parents one by one. (`mkdirSync` with `recursive` loops forever on some
 * paths under /proc, so the walk is done here.)
 */
export function makeDirectories(directory: string): void {
  const missing: string[] = [];
  let current = directory;
  while (!exists(current)) {
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  if (exists(current) && !statSync(current).isDirectory()) {
    throw Object.assign(new Error(`${current} is not a directory`), { code: "ENOTDIR", path: current });
  }
  for (const path of missing) mkdirSync(path);
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Never written, or already gone: nothing to clean up.
  }
}
