/**
 * The version of every JSON document `relais` prints (`--format json`), its first field. It changes only when a
 * field is removed or changes meaning; new fields may appear within a version.
 */
export const JSON_SCHEMA_VERSION = 1;

/** A JSON document as `relais` prints it: `schemaVersion` first, then the body, indented by two spaces. */
export function jsonDocument(body: object): string {
  return JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, ...body }, null, 2);
}

/** True when the command line asks for JSON (`--format json` or `--format=json`). */
export function wantsJson(argv: readonly string[]): boolean {
  return argv.some((arg, index) => arg === "--format=json" || (arg === "--format" && argv[index + 1] === "json"));
}
