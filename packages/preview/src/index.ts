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
