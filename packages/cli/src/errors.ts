/** Exit codes of every `relais` command (DESIGN.md "The command line"). */
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
