import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import type { EngineEvent } from "@pulumi/pulumi/automation";
import { InputError } from "@relais/policy";
import { parseDocument } from "yaml";
import type { ChangeSet } from "../changes/change-set";
import type { PulumiProject } from "../project/pulumi-project";
import { changeSetFromEngineEvents } from "./engine-events";

/** `--engine pulumi` needs the Pulumi CLI and the stack's backend; this error says so. */
export class PulumiEngineError extends InputError {}

const CLI_HINT =
  "--engine pulumi runs a real `pulumi preview`: install the Pulumi CLI (https://www.pulumi.com/docs/install/), " +
  "log in to the stack's backend (pulumi login) and give it the cloud credentials; or drop --engine pulumi for the offline preview";

/**
 * The evacuation change set from a real `pulumi preview` (Automation API, `LocalWorkspace`): the stack's own
 * config plus `relais:evacuate`, compared by the engine with the stack's deployed state. The stack file is never
 * modified: the preview reads a temporary copy of it (`configFile`). Needs the Pulumi CLI on PATH, a backend login
 * and credentials.
 */
export async function previewEvacuationWithPulumi(
  project: PulumiProject,
  evacuate: string,
  options: { onOutput?: (text: string) => void } = {},
): Promise<ChangeSet> {
  requirePulumiCli();
  const { LocalWorkspace } = await import("@pulumi/pulumi/automation");
  const directory = mkdtempSync(join(tmpdir(), "relais-evacuate-"));
  try {
    const configFile = join(directory, `Pulumi.${project.stack}.yaml`);
    writeFileSync(configFile, evacuationConfig(project, evacuate));
    const stack = await engineCall("select the stack", () =>
      LocalWorkspace.selectStack({ stackName: project.stack, workDir: project.directory }),
    );
    const events: EngineEvent[] = [];
    await engineCall("run pulumi preview", () =>
      stack.preview({ diff: true, configFile, onEvent: (event) => events.push(event), onOutput: options.onOutput }),
    );
    return changeSetFromEngineEvents(events, { stack: project.stack, evacuate });
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Throws a {@link PulumiEngineError} saying what to install when the Pulumi CLI is not on PATH. */
export function requirePulumiCli(): void {
  if (!onPath("pulumi")) throw new PulumiEngineError("the Pulumi CLI (pulumi) is not on PATH", CLI_HINT);
}

/** The stack file's text with `config: relais:evacuate` set (comments, secrets and salt kept as they are). */
export function evacuationConfig(project: PulumiProject, evacuate: string): string {
  const document = parseDocument(project.stackFile ? readFileSync(project.stackFile, "utf8") : "{}");
  document.setIn(["config", "relais:evacuate"], evacuate);
  return document.toString();
}

async function engineCall<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const detail = message
      .split("\n")
      .filter((line) => line.trim() !== "")
      .slice(0, 6)
      .join("\n");
    throw new PulumiEngineError(`could not ${what} with the Pulumi CLI: ${detail}`, CLI_HINT);
  }
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? "").split(delimiter).some((directory) => {
    try {
      accessSync(join(directory, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
