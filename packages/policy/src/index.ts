/**
 * @relais/policy — the continuity policy format (`continuity.yaml`, `apiVersion: relais/v1`).
 *
 * For users: load a policy (`readPolicyFile`, `parsePolicyText`, `parsePolicyData`), validate it (`validatePolicy`
 * with `policyRules`, or `validationRules` of @relais/simulate for every rule `relais validate` runs), its types
 * (`ContinuityPolicy`, `Finding`), the registry of finding codes (`FINDING_CODES`), durations and percentages as the
 * format writes them, and the JSON Schema. For the other Relais packages: the manifest schema the components record
 * and its registry key, the judgements they share (a site's role and failover order, staffing, hosting, data
 * residency, failure domains, lost sites) and the generated documentation. Everything else is internal.
 */
export { SITE_CATALOGUE } from "./catalogue";
export { allowedDataClasses, residencyGap } from "./data-residency";
export { addSeconds, daysBetween } from "./date";
export { generatedFiles } from "./docs/generated-files";
export { formatDuration, parseDuration } from "./duration";
export { type Finding, formatPath, sortFindings } from "./finding";
export {
  FINDING_CODES,
  type FindingCode,
  type FindingCodeFrom,
  type FindingCodeInfo,
  type FindingSource,
  type Severity,
  severityOf,
} from "./finding-codes";
export { providerLoss, regionLoss, siteLoss, supplierOutage } from "./generated-scenario-ids";
export { hostingProviders, ictProviderIds } from "./hosting";
export { INPUT_ERROR_BRAND, InputError } from "./input-error";
export { policyJsonSchema } from "./json-schema";
export { PolicyFileError, parsePolicyText, policyTextOf, readPolicyFile } from "./load";
export {
  type AcceptedRisk,
  MANIFEST_REGISTRY_KEY,
  MANIFEST_VERSION,
  Manifest,
  type ManifestPlacement,
  type ManifestService,
  type ManifestSite,
} from "./manifest";
export { formatPercentage } from "./percentage";
export { policyRules } from "./rules";
export {
  basisPoints,
  lostOffices,
  remoteDurationExceeded,
  remoteNeed,
  staffAt,
  staffing,
} from "./rules/people-judgement";
export { type Rule, runRules, type Violation } from "./rules/rule";
export { lostHost, lostSites } from "./scenario-sites";
export {
  ContinuityPolicy,
  type ContinuityPolicyInput,
  type CrisisCellSpec,
  type DataClassName,
  type ExerciseSpec,
  type ProviderName,
  type RegimeName,
  type ScenarioSpec,
  type ServiceSpec,
  type SiteSpec,
  type StrategyName,
  type SupplierSpec,
  type TierSpec,
} from "./schema/policy";
export { DataClass, type Dependency } from "./schema/services";
export { CLOUD_PROVIDERS } from "./schema/sites";
export { parsePolicyData } from "./schema-findings";
export { activeSites, failoverOrder, SiteRole, siteRole } from "./site-role";
export { nearest } from "./suggest";
export { regionKey } from "./topology";
export { type ValidateOptions, type ValidationResult, validatePolicy } from "./validate";
