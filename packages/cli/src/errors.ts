import { InputError } from "@relais/policy";

/** Exit codes of every `relais` command (DESIGN.md "The command line"). */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/**
 * A user's mistake on the command line (a bad flag value, an input of the wrong kind): printed as a message, never
 * with a stack trace unless `--debug`, and exits 2.
 */
export class UsageError extends InputError {}
