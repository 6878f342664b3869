import { SourceMap } from "node:module";
import { isAbsolute, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { SourceLocation } from "./protocol";

/** Source maps of the files the runner transpiled, by absolute file name (JSON text). */
export type SourceMaps = ReadonlyMap<string, string>;

const FRAME = /^\s*at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/;

/**
 * Finds the first frame of a stack trace in the user's program (inside `directory`, outside `node_modules`) and maps
 * it back to the TypeScript source when the runner transpiled that file. Null when no frame is the user's.
 */
export function locateUserFrame(stack: string, directory: string, sourceMaps: SourceMaps): SourceLocation | null {
  for (const line of stack.split("\n")) {
    const match = FRAME.exec(line);
    if (!match) continue;
    const file = match[1].startsWith("file://") ? fileURLToPath(match[1]) : match[1];
    if (!isAbsolute(file) || !isUserFile(file, directory)) continue;
    const position = { line: Number(match[2]), column: Number(match[3]) };
    const mapped = mapPosition(sourceMaps.get(file), position);
    return { file: relative(directory, file), ...mapped };
  }
  return null;
}

function isUserFile(file: string, directory: string): boolean {
  const inside = relative(directory, file);
  return (
    inside !== "" &&
    !inside.startsWith("..") &&
    !isAbsolute(inside) &&
    !`${sep}${inside}`.includes(`${sep}node_modules${sep}`)
  );
}

function mapPosition(map: string | undefined, position: { line: number; column: number }) {
  if (map === undefined) return position;
  const entry = new SourceMap(JSON.parse(map)).findEntry(position.line - 1, position.column - 1) as {
    originalLine?: number;
    originalColumn?: number;
  };
  if (entry.originalLine === undefined || entry.originalColumn === undefined) return position;
  return { line: entry.originalLine + 1, column: entry.originalColumn + 1 };
}
