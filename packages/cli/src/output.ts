import { UsageError } from "./errors";
import { writeFilesAtomically } from "./write-files";

/** The common flags every command accepts. */
export interface CommonOptions {
  format?: string;
  out?: string;
  today?: string;
  quiet?: boolean;
  color?: boolean;
  debug?: boolean;
}

/** Styles text for a terminal; every method returns the text unchanged when colour is off. */
export interface Style {
  enabled: boolean;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

/** Colour only on a terminal, never with `NO_COLOR`, `--no-color` or `TERM=dumb`, and never into a file. */
export function useColor(options: CommonOptions, stream: NodeJS.WriteStream = process.stdout): boolean {
  if (options.color === false || options.out) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "") return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== "0") return true;
  if (process.env.TERM === "dumb") return false;
  return stream.isTTY === true;
}

export function createStyle(enabled: boolean): Style {
  const wrap = (open: number, close: number) => (text: string) =>
    enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return {
    enabled,
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
    bold: wrap(1, 22),
    dim: wrap(2, 22),
  };
}

/**
 * Resolves `--format`: the given value if allowed, else the command's default. `table` is the one name of the text
 * format; `text` is accepted as its alias.
 */
export function resolveFormat(options: CommonOptions, allowed: readonly string[], interactiveDefault: string): string {
  if (options.format === undefined) return interactiveDefault;
  if (options.format === "text" && allowed.includes("table")) return "table";
  if (!allowed.includes(options.format)) {
    throw new UsageError(
      `--format ${options.format} is not supported by this command`,
      `use one of: ${allowed.join(", ")}`,
    );
  }
  return options.format;
}

/** Writes a command's result to `--out FILE` (atomically: complete or untouched) or standard output. */
export function emit(text: string, options: CommonOptions): void {
  const body = text.endsWith("\n") ? text : `${text}\n`;
  if (options.out) {
    writeFilesAtomically([{ path: options.out, content: body }]);
    if (!options.quiet) process.stderr.write(`wrote ${options.out}\n`);
    return;
  }
  process.stdout.write(body);
}
