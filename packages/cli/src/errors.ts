/** Exit codes of every `relais` command (the README's command table). */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** The brand of `InputError` (see @relais/policy), checked here without loading that package. */
const INPUT_ERROR_BRAND = Symbol.for("relais.input-error");

/** An error caused by the user's input: printed without a stack trace, exit 2. */
export interface UserError extends Error {
  hint?: string;
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof Error && (error as unknown as Record<symbol, unknown>)[INPUT_ERROR_BRAND] === true;
}

/**
 * A user's mistake on the command line (a bad flag value, an input of the wrong kind): printed as a message, never
 * with a stack trace unless `--debug`, and exits 2.
 */
export class UsageError extends Error implements UserError {
  readonly [INPUT_ERROR_BRAND] = true;

  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

/** What the failed system call was doing, in words. */
const ACTIONS: Record<string, string> = {
  open: "open",
  read: "read",
  write: "write",
  rename: "write",
  mkdir: "create the directory",
  stat: "read",
  lstat: "read",
  scandir: "read the directory",
};

/** What each filesystem error code means, in words. */
const FILE_SYSTEM_REASONS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "it is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ENOENT: "no such file or directory",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EROFS: "read-only file system",
  EEXIST: "it already exists",
  ENAMETOOLONG: "the name is too long",
  ELOOP: "too many symbolic links",
  EMFILE: "too many open files",
  EBUSY: "the file is busy",
};

/**
 * A filesystem error (out of space, permission denied, a directory where a file was expected) as a `UsageError`
 * naming the path, or undefined for any other error. The user can fix these; they are not bugs in relais.
 */
export function fileSystemError(error: unknown): UsageError | undefined {
  // Duck-typed: errors of Node's own realm are not always `instanceof Error` in this one (vm contexts, test runners).
  if (typeof error !== "object" || error === null || isUserError(error)) return undefined;
  const { code, path, syscall } = error as NodeJS.ErrnoException;
  const reason = code === undefined ? undefined : FILE_SYSTEM_REASONS[code];
  if (reason === undefined) return undefined;
  return new UsageError(
    `cannot ${ACTIONS[syscall ?? ""] ?? "use"} ${path ?? "a file"}: ${reason} (${code})`,
    "check the path, its permissions and the free space, then run the command again",
  );
}
