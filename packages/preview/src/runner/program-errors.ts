import { InputError } from "@relais/policy";
import type { SourceLocation } from "./protocol";

/** The program threw, or could not load a module: reported with the program's file and line when known. */
export class ProgramError extends InputError {
  constructor(
    message: string,
    hint: string,
    /** Where in the user's program, or null when the error came from outside it. */
    readonly location: SourceLocation | null,
    /** The program's own stack trace. */
    readonly programStack: string | null,
  ) {
    super(message, hint);
    // What `--debug` prints: where the program failed, not where the runner noticed.
    if (programStack) this.stack = `${this.name}: ${message}\nthe program's stack trace:\n${programStack}`;
  }
}

/** The program did not finish within the timeout and was stopped. */
export class ProgramTimeoutError extends InputError {
  constructor(
    message: string,
    hint: string,
    readonly timeoutMs: number,
  ) {
    super(message, hint);
  }
}
