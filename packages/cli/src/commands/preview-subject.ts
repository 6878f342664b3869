/**
 * What `relais preview` (and `relais docs`) work on: a validated policy, the findings to print before the results,
 * and a label naming the input. The one place that turns a command-line target into a policy.
 */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import type { ContinuityPolicy, Finding } from "@relais/policy";
import type { ProgramPreview } from "@relais/preview";
import { UsageError } from "../errors";
import { policyFileOf } from "../policy-source";

/** The input of a preview. */
export interface PreviewSubject {
  policy: ContinuityPolicy;
  /** Findings to print before the results: validation warnings (and, for programs, drift). */
  findings: Finding[];
  /** What the user named: the policy file's path, or the program directory. */
  label: string;
  /** For a Pulumi program: what its offline run captured (notes, resources, the evacuation). */
  program?: ProgramPreview;
}

export interface PreviewSubjectOptions {
  /** `YYYY-MM-DD`, for the date rules of validation. */
  today: string;
  /** Programs only: the stack whose `Pulumi.<stack>.yaml` configures the run. */
  stack?: string;
  /** Programs only: plan the evacuation of this site (a second run with `relais:evacuate`). */
  evacuate?: string;
  /** Programs only: where the evacuation change set comes from. */
  engine?: "mock" | "pulumi";
  /** Programs only: stop a run after this many ms. */
  timeoutMs?: number;
  /** No note that a program runs, no progress line. */
  quiet?: boolean;
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
 * (`Pulumi.yaml`), which `@relais/preview` runs offline: the subject is then the policy as the program deploys it.
 * The program-only options (`stack`, `evacuate`, `engine`, `timeoutMs`) are refused for a policy.
 */
export async function loadPreviewSubject(target: string, options: PreviewSubjectOptions): Promise<PreviewSubject> {
  if (isProgramDirectory(target)) return loadProgramSubject(target, options);
  const file = target === "-" ? "<stdin>" : policyFileOf(target);
  for (const [flag, value] of [
    ["--stack", options.stack],
    ["--evacuate", options.evacuate],
    ["--engine", options.engine],
    ["--timeout", options.timeoutMs],
  ] as const) {
    if (value !== undefined) {
      throw new UsageError(
        `${flag} applies to Pulumi programs, and ${file} is a policy`,
        `name the program directory (the one with Pulumi.yaml), or drop ${flag}`,
      );
    }
  }
  const { validatePolicy } = await import("@relais/policy");
  const { validationRules } = await import("@relais/simulate");
  const { readPolicySource } = await import("../policy-source");
  const source = await readPolicySource(target);
  const result = validatePolicy(source.text, { today: options.today, rules: validationRules });
  if (!result.valid || !result.policy) {
    const { renderFindings } = await import("../render/findings");
    const { createStyle } = await import("../output");
    throw new InvalidPolicyError(
      file,
      result.findings,
      renderFindings(result.findings, createStyle(false), file).trimEnd(),
    );
  }
  return { policy: result.policy, findings: result.findings, label: file };
}

/** A directory holding a `Pulumi.yaml`: a program, previewed offline by `@relais/preview`. */
function isProgramDirectory(target: string): boolean {
  return (
    existsSync(target) &&
    statSync(target).isDirectory() &&
    (existsSync(join(target, "Pulumi.yaml")) || existsSync(join(target, "Pulumi.yml")))
  );
}

/**
 * Runs a Pulumi program offline (`@relais/preview`, loaded only here) and previews the policy as it deploys it:
 * the findings are the drift first, then the policy pack's, then the policy's warnings.
 */
async function loadProgramSubject(target: string, options: PreviewSubjectOptions): Promise<PreviewSubject> {
  const { ProgramPolicyError, previewProgram } = await import("@relais/preview");
  const { announceProgramRun } = await import("../render/program-run");
  const running = announceProgramRun(target, options.quiet);
  try {
    const program = await previewProgram(target, {
      stack: options.stack,
      evacuate: options.evacuate,
      engine: options.engine,
      timeoutMs: options.timeoutMs,
      today: options.today,
    });
    return {
      policy: program.deployed,
      findings: [...program.drift, ...program.policyPack, ...program.findings],
      label: target,
      program,
    };
  } catch (error) {
    if (!(error instanceof ProgramPolicyError)) throw error;
    const { renderFindings } = await import("../render/findings");
    const { createStyle } = await import("../output");
    const findings = error.validation.findings;
    throw new InvalidPolicyError(
      error.policyFile,
      findings,
      renderFindings(findings, createStyle(false), error.policyFile).trimEnd(),
    );
  } finally {
    running.done();
  }
}
