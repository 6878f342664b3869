/** The brand that marks input errors, shared by every package (and by copies of them) through the global registry. */
export const INPUT_ERROR_BRAND = Symbol.for("relais.input-error");

/**
 * An expected failure caused by the user's input (a missing file, a bad flag, a program that throws): the CLI
 * prints its message and hint without a stack trace and exits 2. Packages extend it for their own input errors.
 * The CLI recognises it by its brand, so that it need not load this package to print an error.
 */
export class InputError extends Error {
  readonly [INPUT_ERROR_BRAND] = true;

  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
