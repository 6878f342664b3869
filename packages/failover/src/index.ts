/**
 * @relais/failover — unplanned failover: plan the API calls that make the failover sites serve (`planFailover`),
 * carry them out with a journal that makes a rerun resume (`executeFailover`, `Journal`), report on them
 * (`planReport`, `allDone`) and the guidance for a scenario (`scenarioGuidance`). Everything else is internal.
 */
export {
  executeFailover,
  type FailoverProgress,
  type FailoverRunOptions,
} from "./execute";
export { scenarioGuidance } from "./guidance";
export { Journal, type StepStatus } from "./journal";
export { type FailoverPlan, type FailoverPlanOptions, planFailover } from "./plan";
export { allDone, type FailoverReport, planReport } from "./report";
