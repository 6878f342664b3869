/**
 * @relais/simulate — what happens to each service when a site, region, provider or supplier is lost.
 *
 * Scenarios (`scenarioMatrix`, `declaredScenarios`, `generatedScenarios`, `findScenario`, `siteLossScenario`,
 * `knownScenarioIds`), the simulation of one (`simulate`) or of many (`runPreview`, `previewScenarios`,
 * `summarise`, `allRecovered`), the explanation of one estimate (`explainService`) and `validationRules`: every rule
 * `relais validate` runs. Pure functions: no clock, no I/O. Everything else is internal.
 */
export { type Explanation, explainService } from "./explain";
export { allRecovered, previewScenarios, runPreview, summarise } from "./preview";
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
  type PreviewResult,
  type PreviewSummary,
  type ScenarioFinding,
  type ScenarioResult,
  type ServiceResult,
  type ServiceStatus,
  STATUS_ORDER,
} from "./types";
export { validationRules } from "./validation-rules";
