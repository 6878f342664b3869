export { type ExplainedTerm, type Explanation, explainService } from "./explain";
export { allRecovered, previewScenarios, runPreview, summarise } from "./preview";
export { rtoUnachievable } from "./rules/rto-unachievable";
export { siteLossScenario } from "./scenarios/generate";
export {
  declaredScenarios,
  findScenario,
  generatedScenarios,
  knownScenarioIds,
  scenarioMatrix,
} from "./scenarios/matrix";
export { simulate } from "./simulate";
export {
  type CommitmentResult,
  type PreviewResult,
  type PreviewSummary,
  RTO_TERMS,
  type RtoBreakdown,
  type RunbookStep,
  type ScenarioFinding,
  type ScenarioResult,
  type ServiceResult,
  type ServiceStatus,
  STATUS_ORDER,
} from "./types";
export { validationRules } from "./validation-rules";
