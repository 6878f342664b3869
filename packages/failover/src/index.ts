export type { ConnectionSettings } from "./clients";
export {
  DEFAULT_FAILOVER_DEADLINE_MS,
  DEFAULT_STEP_TIMEOUT_MS,
  executeFailover,
  type FailoverProgress,
  type FailoverRunOptions,
} from "./execute";
export { scenarioGuidance } from "./guidance";
export { Journal, type JournalEntry, JournalError, type StepStatus, stepKey } from "./journal";
export {
  type FailoverPlan,
  FailoverPlanError,
  type FailoverPlanOptions,
  type PlannedStep,
  planFailover,
  plannedResources,
  type StepAction,
} from "./plan";
export { allDone, type FailoverReport, planReport, type StepResult } from "./report";
