export { classify, type Failure, type FailureKind } from "./classify";
export { type Clock, systemClock } from "./clock";
export { type CredentialSource, credentialSource, describeCredentials } from "./credentials";
export {
  ConnectionOptionError,
  parseSiteAssignments,
  providerEndpoint,
  validateEndpointOverrides,
  validateProfileSites,
} from "./endpoints";
export { ManifestInputError, parseManifestData, parseManifestText, readManifestFile } from "./manifest-input";
export {
  type CheckPlan,
  type CloudSite,
  ManifestPlanError,
  type MaxAgeSource,
  type PlannedCheck,
  type PlanOptions,
  planChecks,
  type SitePlan,
  type SkippedSite,
} from "./plan";
export { isReadOnlyCommand, ReadOnlyViolation } from "./read-only";
export {
  allReady,
  CHECK_NAMES,
  type CheckName,
  type CheckReport,
  type CheckResult,
  type CheckStatus,
  type CheckSummary,
  type SiteReport,
  summarise,
} from "./report";
export { backoffDelay, DEFAULT_RETRY, type RetrySettings } from "./retry";
export {
  type CheckProgress,
  type CheckRunOptions,
  DEFAULT_CONCURRENCY,
  DEFAULT_DEADLINE_MS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  runChecks,
} from "./run";
export { createSiteClient, type SiteClient, type SiteConnection } from "./site-client";
