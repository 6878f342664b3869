import { statSync } from "node:fs";
import type { ContinuityPolicy, Manifest } from "@relais/policy";
import { UsageError } from "../errors";

/** What `check` and `failover` work on: the manifests of a deployed stack, and its policy when a program has one. */
export interface ManifestSubject {
  manifests: Manifest[];
  /** The program's policy, for a program directory. */
  policyFile?: string;
}

/** Largest manifest read from standard input (the limit of a manifest file). */
const MAX_MANIFEST_STDIN_BYTES = 32 * 1024 * 1024;

/**
 * The manifests of `target`: a manifest file, `-` (standard input, such as `pulumi stack output relais --json |`),
 * or a Pulumi program directory run offline. `stack` applies to a program directory only.
 */
export async function loadManifestSubject(
  target: string,
  stack: string | undefined,
  quiet: boolean | undefined,
): Promise<ManifestSubject> {
  const check = await import("@relais/check");
  if (target === "-") {
    if (stack !== undefined) throw new UsageError("--stack applies to a program directory, not standard input");
    const { readStandardInput } = await import("../stdin");
    const text = (await readStandardInput(MAX_MANIFEST_STDIN_BYTES)).toString("utf8");
    return { manifests: check.parseManifestText(text, "standard input") };
  }
  let isDirectory = false;
  try {
    isDirectory = statSync(target).isDirectory();
  } catch {
    // readManifestFile reports a missing file.
  }
  if (!isDirectory) {
    if (stack !== undefined) throw new UsageError("--stack applies to a program directory, not a manifest file");
    return { manifests: check.readManifestFile(target) };
  }
  const preview = await import("@relais/preview");
  if (!preview.isPulumiProjectDirectory(target)) {
    throw new UsageError(
      `${target} is a directory without a Pulumi.yaml`,
      "give a Pulumi program directory, or the manifest of a deployed stack: pulumi stack output relais --json > manifest.json",
    );
  }
  const project = preview.loadPulumiProject(target, { stack });
  const { announceProgramRun } = await import("../render/program-run");
  const running = announceProgramRun(target, quiet);
  const capture = await preview.runProgram(project).finally(() => running.done());
  if (capture.manifests.length === 0) {
    throw new UsageError(
      `the program in ${target} registered no Relais manifest`,
      "it needs a program built with @relais/aws components (a ContinuityPlan)",
    );
  }
  return {
    manifests: check.parseManifestData(capture.manifests, `the manifest of ${target}`),
    policyFile: preview.policyFileOf(project),
  };
}

/** The policy a stack was deployed from, refusing a policy that is not the one the manifests name. */
export async function loadDeployedPolicy(
  flag: string,
  file: string,
  manifests: readonly Manifest[],
): Promise<ContinuityPolicy> {
  const { parsePolicyData, parsePolicyText, readPolicyFile } = await import("@relais/policy");
  const parsed = parsePolicyText(readPolicyFile(file));
  const policy =
    parsed.findings.length === 0 ? parsePolicyData(parsed.data) : { policy: null, findings: parsed.findings };
  if (!policy.policy) {
    const first = policy.findings[0];
    throw new UsageError(
      `${flag} ${file} is not a valid policy${first ? `: ${first.path}: ${first.message}` : ""}`,
      `run relais validate ${file}`,
    );
  }
  const name = policy.policy.metadata.name;
  const others = [...new Set(manifests.map((manifest) => manifest.policy))].filter((other) => other !== name);
  if (others.length > 0) {
    throw new UsageError(
      `${flag} ${file} is policy ${name}, but the stack was deployed from ${others.join(", ")}`,
      `pass the policy the stack was deployed from, or leave ${flag} out`,
    );
  }
  return policy.policy;
}
