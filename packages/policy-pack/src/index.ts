export { type AcknowledgedRisk, acknowledgedRisks, CONTINUITY_PLAN_TYPE } from "./acknowledgements";
export { DEFAULT_TIER, type PackConfig, type PackConfigFile, type TierConfig } from "./config";
export { evaluateRules, type Violation } from "./evaluate";
export { policyProvider, policyResource, type ResourceDescription } from "./policy-resource";
export { type PackRule, packRules } from "./rules";
export { rulesMarkdown } from "./rules-markdown";
export { FAILOVER_SERVICE_TYPE } from "./service-sites";
