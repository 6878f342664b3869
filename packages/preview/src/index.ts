export {
  type ChangeOp,
  type ChangeSet,
  type ChangeSummary,
  diffCaptures,
  type ResourceChange,
} from "./changes/change-set";
export { diffInputs, type PropertyChange } from "./changes/input-diff";
export {
  changeSummaryLine,
  type Paint,
  renderChangeSetMarkdown,
  renderChangeSetText,
  renderValue,
} from "./changes/render-change-set";
export { changeSetFromEngineEvents, valueAt } from "./engine/engine-events";
export {
  evacuationConfig,
  PulumiEngineError,
  previewEvacuationWithPulumi,
  requirePulumiCli,
} from "./engine/pulumi-engine";
export { PACK_CONFIG_FILE, policyPackFindings, readPackConfig } from "./policy-pack-findings";
export { policyFileOf } from "./policy-source";
export {
  ProgramPolicyError,
  type ProgramPreview,
  type ProgramPreviewOptions,
  previewProgram,
} from "./preview-program";
export { ProjectError } from "./project/project-error";
export {
  isPulumiProjectDirectory,
  type LoadProjectOptions,
  loadPulumiProject,
  type PulumiProject,
} from "./project/pulumi-project";
export { namespaced, type ProgramConfig, programConfig, SECRET_PLACEHOLDER } from "./project/stack-config";
export { ProgramError, ProgramTimeoutError } from "./runner/program-errors";
export type { CapturedResource, JsonValue, SourceLocation } from "./runner/protocol";
export { DEFAULT_TIMEOUT_MS, type ProgramCapture, type RunProgramOptions, runProgram } from "./runner/run-program";
export { deployedService, deployedStandby } from "./topology/deployed-service";
export { driftFindings } from "./topology/drift";
export { type MergedManifest, mergeManifests } from "./topology/merge-manifests";
export { type Reconciliation, reconcile } from "./topology/reconcile";
