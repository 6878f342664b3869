/**
 * @relais/preview — runs a Pulumi program offline under mocks and compares what it deploys with its policy.
 *
 * `previewProgram` does it all (the project, the run, drift, the deployed policy, an evacuation's change set); the
 * pieces: `loadPulumiProject`, `runProgram`, `reconcile`, `diffCaptures`, `changeSetFromEngineEvents`, the change-set
 * renderers, and the errors (all `InputError`s). Everything else is internal.
 */
export { type ChangeSet, diffCaptures } from "./changes/change-set";
export { renderChangeSetMarkdown, renderChangeSetText } from "./changes/render-change-set";
export { changeSetFromEngineEvents } from "./engine/engine-events";
export { PulumiEngineError } from "./engine/pulumi-engine";
export { policyFileOf } from "./policy-source";
export {
  ProgramPolicyError,
  type ProgramPreview,
  type ProgramPreviewOptions,
  previewProgram,
} from "./preview-program";
export { ProjectError } from "./project/project-error";
export { isPulumiProjectDirectory, loadPulumiProject, type PulumiProject } from "./project/pulumi-project";
export { ProgramError, ProgramTimeoutError } from "./runner/program-errors";
export type { CapturedResource } from "./runner/protocol";
export { type ProgramCapture, type RunProgramOptions, runProgram } from "./runner/run-program";
export { type Reconciliation, reconcile } from "./topology/reconcile";
