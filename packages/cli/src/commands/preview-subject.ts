/**
 * What `relais preview` (and `relais docs`) work on: a validated policy, the findings to print before the results,
 * and a label naming the input. The one place that turns a command-line target into a policy.
 */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import type { ContinuityPolicy, Finding } from "@relais/policy";
import { UsageError } from "../errors";

/** The input of a preview. */
export interface PreviewSubject {
  policy: ContinuityPolicy;
  /** Findings to print before the results: validation warnings (and, for programs, drift). */
  findings: Finding[];
  /** What the user named: the policy file's path. */
  label: string;
}

export interface PreviewSubjectOptions {
  /** `YYYY-MM-DD`, for the date rules of validation. */
  today: string;
}

/** A policy with validation errors: carries every finding; its message lists them, for commands that do not catch it. */
export class InvalidPolicyError extends UsageError {
  constructor(
    readonly label: string,
    readonly findings: Finding[],
    listing: string,
  ) {
    const errors = findings.filter((finding) => finding.severity === "error").length;
    super(
      `${label} is not a valid policy (${errors} error${errors === 1 ? "" : "s"}):\n${listing}`,
      `fix the errors above (relais validate ${label} lists them too), then run the command again`,
    );
    this.name = "InvalidPolicyError";
  }
}

/**
 * Loads what to preview. A file: read and validated with every rule (`validationRules`), throwing
 * `InvalidPolicyError` when it has errors. A directory: its `continuity.yaml`, unless it is a Pulumi program
 * (`Pulumi.yaml`), whose preview comes with `@relais/preview`.
 */
export async function loadPreviewSubject(target: string, options: PreviewSubjectOptions): Promise<PreviewSubject> {
  const file = policyFileOf(target);
  const { readPolicyFile, validatePolicy } = await import("@relais/policy");
  const { validationRules } = await import("@relais/simulate");
  const result = validatePolicy(readPolicyFile(file), { today: options.today, rules: validationRules });
  if (!result.valid || !result.policy) {
    const { renderFindings } = await import("../render/findings");
    const { createStyle } = await import("../output");
    throw new InvalidPolicyError(file, result.findings, renderFindings(result.findings, createStyle(false)).trimEnd());
  }
  return { policy: result.policy, findings: result.findings, label: file };
}

/** The policy file a target names: the file itself, or a directory's continuity.yaml. */
function policyFileOf(target: string): string {
  if (!existsSync(target) || !statSync(target).isDirectory()) return target;
  if (existsSync(join(target, "Pulumi.yaml")) || existsSync(join(target, "Pulumi.yml"))) {
    throw new UsageError(
      `${target} is a Pulumi program: program previews come with @relais/preview`,
      existsSync(join(target, "continuity.yaml"))
        ? `preview its policy instead: relais preview ${join(target, "continuity.yaml")}`
        : "preview a policy file instead",
    );
  }
  const policy = join(target, "continuity.yaml");
  if (!existsSync(policy)) {
    throw new UsageError(
      `${target} holds neither a continuity.yaml nor a Pulumi.yaml`,
      "name a policy file, or a directory with a continuity.yaml (relais init writes one)",
    );
  }
  return policy;
}
