/**
 * An expected failure caused by the user's input (a missing file, a bad flag, a program that throws): the CLI
 * prints its message and hint without a stack trace and exits 2. Packages extend it for their own input errors.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
