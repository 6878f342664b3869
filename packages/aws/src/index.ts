export {
  CAPABILITIES,
  type Capability,
  capabilityTableMarkdown,
  hasCapability,
  PROVIDER_CAPABILITIES,
} from "./capabilities";
export { CONTINUITY_PLAN_TYPE, ContinuityPlan, type PlanService, type PlanSite } from "./components/continuity-plan";
export type { ContinuityPlanArgs } from "./components/continuity-plan-args";
export { CRISIS_CELL_TYPE, CrisisCell, type CrisisCellArgs } from "./components/crisis-cell";
export {
  EXTERNAL_WORKLOAD_TYPE,
  type ExternalEndpoint,
  ExternalWorkload,
  type ExternalWorkloadArgs,
} from "./components/external-workload";
export { FAILOVER_SERVICE_TYPE, FailoverService } from "./components/failover-service";
export type {
  FailoverData,
  FailoverDns,
  FailoverServiceArgs,
  SiteWorkload,
} from "./components/failover-service-args";
export { ComponentError } from "./errors";
export { resetManifestRegistry } from "./manifest-registry";
export { type BackupSchedule, backupSchedule } from "./planning/backup-schedule";
export { type ComputeMode, type ComputePlan, planCompute } from "./planning/compute";
export { type Placement, type PlacementRole, planPlacements } from "./planning/placement";
export { planResiliencePolicy, RECOVERY_APPROACH, type ResiliencePolicyPlan } from "./planning/resilience";
export { outscaleEndpoints, partitionOf, siteProviderArgs } from "./sites";
export { relaisTags, type TagContext, type TagRole } from "./tags";
