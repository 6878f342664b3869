import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "./errors";

/** A policy's text and how to name it in messages: its file, or `<stdin>`. */
export interface PolicySource {
  text: string;
  label: string;
}

/**
 * Reads the policy a command names: `-` for standard input (at most 4 MiB, refused while reading), a directory for
 * the `continuity.yaml` inside it, else the file itself, through the policy loader's checks (size, binary).
 */
export async function readPolicySource(target: string): Promise<PolicySource> {
  const { policyTextOf, readPolicyFile } = await import("@relais/policy");
  if (target === "-") {
    const { readStandardInput } = await import("./stdin");
    return { text: policyTextOf(await readStandardInput(), "-"), label: "<stdin>" };
  }
  const file = policyFileOf(target);
  return { text: readPolicyFile(file), label: file };
}

/** The policy file a target names: the file itself, or a directory's continuity.yaml. */
export function policyFileOf(target: string): string {
  if (!existsSync(target) || !statSync(target).isDirectory()) return target;
  const policy = join(target, "continuity.yaml");
  if (!existsSync(policy)) {
    throw new UsageError(
      `${target} holds neither a continuity.yaml nor a Pulumi.yaml`,
      "name a policy file, or a directory with a continuity.yaml (relais init writes one)",
    );
  }
  return policy;
}
