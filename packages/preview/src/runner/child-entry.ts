import { existsSync } from "node:fs";
import { join } from "node:path";

/**
 * The script `runProgram` forks: `child.js` beside this module in a build. Tests run the sources through a
 * transpiler, where no `child.js` exists beside them; they use the built one (the suite runs after `tsc -b`).
 */
export function childEntry(): string {
  const beside = join(__dirname, "child.js");
  if (existsSync(beside)) return beside;
  const built = join(__dirname, "..", "..", "dist", "runner", "child.js");
  if (existsSync(built)) return built;
  throw new Error(`the preview runner's child script is missing (${built}): build @relais/preview with tsc -b`);
}
