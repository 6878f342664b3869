import { V2Policy } from "@pulumi/aws/resiliencehub";
import type * as pulumi from "@pulumi/pulumi";
import type { ResiliencePolicyPlan } from "../planning/resilience";

/** A Resilience Hub (v2) policy carrying a service's objectives, in the region of its first AWS site. */
export function createResiliencePolicy(
  name: string,
  plan: ResiliencePolicyPlan,
  description: string,
  tags: Record<string, string>,
  opts: pulumi.CustomResourceOptions,
): V2Policy {
  const recovery = {
    disasterRecoveryApproach: plan.approach,
    rtoInMinutes: plan.rtoInMinutes,
    rpoInMinutes: plan.rpoInMinutes,
  };
  return new V2Policy(
    name,
    {
      description,
      [plan.scope]: recovery,
      ...(plan.availabilityPercent === null ? {} : { availabilitySlo: { target: plan.availabilityPercent } }),
      ...(plan.backupEveryMinutes === null
        ? {}
        : { dataRecovery: { timeBetweenBackupsInMinutes: plan.backupEveryMinutes } }),
      tags,
    },
    opts,
  );
}
