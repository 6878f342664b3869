import {
  type ContinuityPolicy,
  type Finding,
  InputError,
  Manifest,
  readPolicyFile,
  type ValidationResult,
  validatePolicy,
} from "@relais/policy";
import { type ScenarioResult, simulate, siteLossScenario, validationRules } from "@relais/simulate";
import { type ChangeSet, diffCaptures } from "./changes/change-set";
import { previewEvacuationWithPulumi, requirePulumiCli } from "./engine/pulumi-engine";
import { policyPackFindings, readPackConfig } from "./policy-pack-findings";
import { policyFileOf } from "./policy-source";
import { type LoadProjectOptions, loadPulumiProject, type PulumiProject } from "./project/pulumi-project";
import { type ProgramCapture, runProgram } from "./runner/run-program";
import { reconcile } from "./topology/reconcile";

export interface ProgramPreviewOptions extends LoadProjectOptions {
  /** Plan the evacuation of this site: a second run with `relais:evacuate` set, and its change set. */
  evacuate?: string;
  /** Where the evacuation change set comes from: two offline runs (`mock`, default) or a real `pulumi preview`. */
  engine?: "mock" | "pulumi";
  /** Per run, in ms (default 60 s). */
  timeoutMs?: number;
  /** `YYYY-MM-DD` for the policy's date rules. */
  today?: string;
}

/** The offline preview of a program: what it deploys, how that differs from the policy, and a planned evacuation. */
export interface ProgramPreview {
  project: PulumiProject;
  policyFile: string;
  /** The policy as written. */
  policy: ContinuityPolicy;
  /** The policy's validation findings (warnings only: an invalid policy stops the preview). */
  findings: Finding[];
  /** The policy as the program deploys it: what scenarios are simulated on. */
  deployed: ContinuityPolicy;
  /** `drift` findings, by path. */
  drift: Finding[];
  /** `policy-pack` findings: the rules of `@relais/policy-pack` on the captured resources. */
  policyPack: Finding[];
  /** Things the user should know about this run (secure values replaced, no Relais components found). */
  notes: string[];
  capture: ProgramCapture;
  manifests: Manifest[];
  /** With `evacuate`: the resource changes, and the simulated loss of that site on what is deployed. */
  evacuation: { changeSet: ChangeSet; outcome: ScenarioResult } | null;
}

/** The policy a program is previewed against does not pass validation: its findings say why. */
export class ProgramPolicyError extends InputError {
  constructor(
    readonly policyFile: string,
    readonly validation: ValidationResult,
  ) {
    const errors = validation.findings.filter((finding) => finding.severity === "error").length;
    super(
      `the policy ${policyFile} is invalid (${errors} error${errors === 1 ? "" : "s"}): fix it before previewing the program`,
      `relais validate ${policyFile} lists every finding`,
    );
  }
}

/**
 * Previews a Pulumi program offline: loads the project and its policy, runs the program under mocks (twice, in
 * parallel, when an evacuation is planned), reconciles what it deploys with the policy, and diffs the evacuation.
 */
export async function previewProgram(directory: string, options: ProgramPreviewOptions = {}): Promise<ProgramPreview> {
  const project = loadPulumiProject(directory, options);
  const policyFile = policyFileOf(project);
  const validation = validatePolicy(readPolicyFile(policyFile), { today: options.today, rules: validationRules });
  if (!validation.valid || !validation.policy) throw new ProgramPolicyError(policyFile, validation);
  const policy = validation.policy;
  const evacuate = options.evacuate;
  if (evacuate !== undefined) siteLossScenario(policy, evacuate); // an unknown site fails before anything runs
  const engine = options.engine ?? "mock";
  if (evacuate !== undefined && engine === "pulumi") requirePulumiCli();
  // The runs go in parallel; the first failure stops the others, so that no child outlives the preview.
  const controller = new AbortController();
  const run = { timeoutMs: options.timeoutMs, signal: controller.signal };
  const stopOthers = (error: unknown) => {
    controller.abort(error);
    throw error;
  };
  const [capture, evacuated, engineChanges] = await Promise.all([
    runProgram(project, run).catch(stopOthers),
    evacuate !== undefined && engine === "mock"
      ? runProgram(project, { ...run, config: { "relais:evacuate": evacuate } }).catch(stopOthers)
      : undefined,
    evacuate !== undefined && engine === "pulumi"
      ? previewEvacuationWithPulumi(project, evacuate).catch(stopOthers)
      : undefined,
  ]);
  const manifests = parseManifests(project, capture);
  const { deployed, drift } = reconcile(policy, manifests);
  const policyPack = await policyPackFindings(capture.resources, manifests, readPackConfig(project.directory));
  let evacuation: ProgramPreview["evacuation"] = null;
  if (evacuate !== undefined) {
    const changeSet = engineChanges ?? mockChangeSet(project, evacuate, capture, evacuated!);
    evacuation = { changeSet, outcome: simulate(deployed, siteLossScenario(deployed, evacuate)) };
  }
  return {
    project,
    policyFile,
    policy,
    findings: validation.findings,
    deployed,
    drift,
    policyPack,
    notes: notes(project, manifests),
    capture,
    manifests,
    evacuation,
  };
}

function mockChangeSet(project: PulumiProject, evacuate: string, before: ProgramCapture, after: ProgramCapture) {
  const { changes, summary } = diffCaptures(before.resources, after.resources);
  return { engine: "mock" as const, stack: project.stack, evacuate, summary, changes };
}

/** Validates what the components registered; a malformed manifest is a bug in a component, named as such. */
function parseManifests(project: PulumiProject, capture: ProgramCapture): Manifest[] {
  return capture.manifests.map((raw, index) => {
    const parsed = Manifest.safeParse(raw);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    throw new InputError(
      `manifest ${index + 1} registered by the program ${project.name} is malformed at ${issue.path.join(".") || "(root)"}: ${issue.message}`,
      "the program's Relais components and this relais CLI may be different versions: align them",
    );
  });
}

function notes(project: PulumiProject, manifests: readonly Manifest[]): string[] {
  const result: string[] = [];
  const placeholders = project.config.placeholders;
  if (placeholders.length > 0) {
    result.push(
      `${placeholders.join(", ")} ${placeholders.length === 1 ? "is a secure value" : "are secure values"} that cannot be decrypted offline: the program saw a placeholder instead`,
    );
  }
  if (manifests.length === 0) {
    result.push(
      "the program registered no Relais manifest (it uses no Relais components): every service is simulated from the policy",
    );
  }
  return result;
}
