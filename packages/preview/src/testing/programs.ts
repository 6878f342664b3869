import { join } from "node:path";

/** The directory of a fixture program under `src/testing/programs`. */
export function fixtureProgram(name: string): string {
  return join(__dirname, "programs", name);
}
