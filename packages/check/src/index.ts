export {
  type ActionAllowlist,
  ActionRefused,
  actionOf,
  CHECK_ACTIONS,
  enforceAllowlist,
  FAILOVER_ACTIONS,
  type GatedClient,
} from "./allowlist";
export { allPages } from "./checks/context";
export { classify, type Failure, type FailureKind } from "./classify";
export { type Clock, systemClock } from "./clock";
export { type CredentialSource, credentialSource, credentialsHint, describeCredentials } from "./credentials";
export {
  ConnectionOptionError,
  isLoopback,
  parseSiteAssignments,
  providerEndpoint,
  redactUrl,
  type SiteApi,
  validateEndpointOverrides,
  validateProfileSites,
} from "./endpoints";
export { type FailureScene, failureReason } from "./failure-reason";
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
export { mapWithLimit } from "./pool";
export { MAX_REPLY_BYTES, UnexpectedReply } from "./reply-guard";
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
export { formatMs, RequestFailure, type RequestPolicy, RunStopped, sendWithRetry, stopReason } from "./request";
export { backoffDelay, DEFAULT_RETRY, type RetrySettings } from "./retry";
export {
  type CheckProgress,
  type CheckRunOptions,
  DEFAULT_CONCURRENCY,
  DEFAULT_DEADLINE_MS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  runChecks,
} from "./run";
export {
  createSiteClient,
  defaultEndpoint,
  guardClient,
  type SiteClient,
  type SiteClientConfig,
  type SiteConnection,
  siteClientConfig,
} from "./site-client";
export type { SiteRunSettings } from "./site-run-settings";
