/**
 * @relais/check — live readiness checks of the deployed sites over EC2-compatible APIs.
 *
 * For users: read a manifest (`readManifestFile`, `parseManifestText`, `parseManifestData`), plan the checks
 * (`planChecks`), run them read-only (`runChecks`) and judge the result (`allReady`). For @relais/failover: the
 * site-client layer it shares (endpoints, credentials, the action allowlist, retries, request deadlines and how a run
 * starts and stops: `startRun`), so that both talk to the sites the same way. Everything else is internal.
 */
export { FAILOVER_ACTIONS, type GatedClient } from "./allowlist";
export { allPages } from "./checks/context";
export type { Clock } from "./clock";
export { type CredentialSource, credentialSource } from "./credentials";
export { parseSiteAssignments, type SiteApi, validateEndpointOverrides, validateProfileSites } from "./endpoints";
export { failureReason } from "./failure-reason";
export { parseManifestData, parseManifestText, readManifestFile } from "./manifest-input";
export { type CheckPlan, type CloudSite, planChecks } from "./plan";
export { mapWithLimit } from "./pool";
export { allReady, type CheckReport, type CheckStatus } from "./report";
export { formatMs, RequestFailure, type RequestPolicy, RunStopped, sendWithRetry, stopReason } from "./request";
export { type CheckProgress, type CheckRunOptions, runChecks } from "./run";
export { type RunControl, startRun } from "./run-control";
export {
  defaultEndpoint,
  guardClient,
  type SiteClientConfig,
  type SiteConnection,
  siteClientConfig,
} from "./site-client";
export type { SiteRunSettings } from "./site-run-settings";
