import { existsSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { ProjectError } from "./project/project-error";
import type { PulumiProject } from "./project/pulumi-project";

/**
 * The policy a program is previewed against: config `relais:policy` (relative to the program directory), else
 * `continuity.yaml` in the program directory — the same file the program's `ContinuityPlan` reads by convention.
 */
export function policyFileOf(project: PulumiProject): string {
  const configured = project.config.values["relais:policy"];
  if (configured !== undefined) {
    const file = isAbsolute(configured) ? configured : resolve(project.directory, configured);
    if (!existsSync(file)) {
      throw new ProjectError(
        `config relais:policy names ${configured}, which does not exist (looked for ${relative(process.cwd(), file)})`,
        `fix relais:policy in ${project.stackFile ? relative(project.directory, project.stackFile) : "the stack's config"}; it is relative to the program directory`,
        project.directory,
      );
    }
    return file;
  }
  const file = join(project.directory, "continuity.yaml");
  if (!existsSync(file)) {
    throw new ProjectError(
      `no policy for the program in ${relative(process.cwd(), project.directory) || "."}: no continuity.yaml there and no config relais:policy`,
      "put continuity.yaml beside Pulumi.yaml (relais init writes a starter), or set config relais:policy to its path",
      project.directory,
    );
  }
  return file;
}
