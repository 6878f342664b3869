import type { Provider, ProviderArgs } from "@pulumi/aws/provider";
import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import type { PolicySource } from "../planning/policy-source";
import { type AcceptRisk, AcceptRiskSchema } from "../risks";

/** Arguments of a `ContinuityPlan`. */
export interface ContinuityPlanArgs {
  /**
   * The continuity policy: a path to `continuity.yaml` (relative to the program's working directory), an
   * already-normalised `ContinuityPolicy`, or policy data as written in YAML. It is validated with every rule
   * `relais validate` runs; an invalid policy is a construction error listing the findings.
   */
  policy: PolicySource;
  /**
   * `YYYY-MM-DD`: the date the date rules (`exercise-overdue`, `review-overdue`) compare with. They only warn.
   * @default none: the date rules do not run
   */
  today?: string;
  /**
   * The site to evacuate (docs/components.md, planned evacuation): every component moves its active role off it.
   * @default the Pulumi config value `relais:evacuate`, else no evacuation
   */
  evacuate?: string;
  /**
   * Extra `aws.Provider` arguments per cloud site id (a profile, `assumeRoles`, default tags…), merged over the
   * ones derived from the site.
   * @default {}
   */
  providerArgs?: Record<string, ProviderArgs>;
  /**
   * Your own `aws.Provider` per cloud site id, used as is instead of one the plan would create (it must reach the
   * site's region, and for Outscale its endpoints).
   * @default {}: the plan creates a provider for each site a component uses, on first use
   */
  providers?: Record<string, Provider>;
  /**
   * Risks the stack acknowledges, each `{ site, capability, reason }`: a secure default the site's provider cannot
   * express (`imdsv2`, `ebsEncryption`, `s3PublicAccessBlock`) or a data mechanism the policy asks for that cannot
   * be built there (`backupSchedule`, `backupCopy`, `syncReplication`, `dataReceiver`). Without the entry, the
   * component that meets the risk throws a construction error. Every entry is recorded in the manifest.
   * @default []
   */
  acceptRisks?: AcceptRisk[];
  /**
   * Create a Resilience Hub policy (`aws.resiliencehub.V2Policy`) per `FailoverService` from the same objectives:
   * strategy → disaster-recovery approach, the tier's RTO and RPO, commitments → availability SLO; in the region of
   * the service's first AWS or European Sovereign Cloud site, and none for a service without one.
   * @default false
   */
  resilienceHub?: boolean;
  /**
   * Where Outscale credentials are read from (`OSC_ACCESS_KEY`, `OSC_SECRET_KEY`).
   * @default process.env
   */
  env?: Record<string, string | undefined>;
}

/** The schema the arguments are validated with before any child exists. */
export const ContinuityPlanArgsSchema = z.strictObject({
  policy: z.union([z.string().min(1), z.record(z.string(), z.unknown())]),
  today: z.iso.date().optional(),
  evacuate: z.string().min(1).optional(),
  providerArgs: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
  providers: z
    .record(
      z.string(),
      z.custom<Provider>((value) => pulumi.ProviderResource.isInstance(value), { error: "expected an aws.Provider" }),
    )
    .default({}),
  acceptRisks: z.array(AcceptRiskSchema).default([]),
  resilienceHub: z.boolean().default(false),
  env: z.record(z.string(), z.string().optional()).optional(),
});
