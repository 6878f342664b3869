/**
 * @relais/aws — Pulumi components that deploy a continuity policy on AWS, the AWS European Sovereign Cloud,
 * 3DS Outscale and external sites.
 *
 * `ContinuityPlan` (loads and validates the policy, one provider per site, the manifest), `FailoverService` (one
 * service across its sites), `ExternalWorkload` (a workload the stack does not run) and `CrisisCell`, with their
 * argument types; every construction error is a `ComponentError`. Planning functions, capabilities and tags are
 * internal.
 */
export { ContinuityPlan } from "./components/continuity-plan";
export type { ContinuityPlanArgs } from "./components/continuity-plan-args";
export { CrisisCell, type CrisisCellArgs } from "./components/crisis-cell";
export { type ExternalEndpoint, ExternalWorkload, type ExternalWorkloadArgs } from "./components/external-workload";
export { FailoverService } from "./components/failover-service";
export type {
  FailoverData,
  FailoverDns,
  FailoverServiceArgs,
  SiteWorkload,
} from "./components/failover-service-args";
export { ComponentError } from "./errors";
export { resetManifestRegistry } from "./manifest-registry";
