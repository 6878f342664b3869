import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SourceLocation } from "./protocol";

/**
 * Where the user's file imports a module that cannot be found. The stack of a failed `require` points into the
 * transpiled code, whose imports the transpiler hoists and whose source map then names a neighbouring line; the
 * import itself, found in the file the stack names, is what the user must fix. Null when the file does not
 * import the module by that name (a dynamic import): the stack's location is then the best there is.
 */
export function importLocation(directory: string, location: SourceLocation, module: string): SourceLocation | null {
  let text: string;
  try {
    text = readFileSync(join(directory, location.file), "utf8");
  } catch {
    return null;
  }
  const quoted = new RegExp(`(["'])${module.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\1`);
  const lines = text.split("\n");
  for (const [index, line] of lines.entries()) {
    const match = quoted.exec(line);
    if (match && /\b(?:import|require|from)\b/.test(line)) {
      return { file: location.file, line: index + 1, column: line.length - line.trimStart().length + 1 };
    }
  }
  return null;
}
