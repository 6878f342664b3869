import type { ProviderName, StrategyName } from "@relais/policy";
import { hasCapability } from "../capabilities";
import { isExternalProvider } from "../sites";
import type { Placement } from "./placement";

/**
 * How a site runs its units: an Auto Scaling group from a launch template where the provider has both, plain
 * instances elsewhere (Outscale), nothing for an external workload or for the failover site of backup-restore.
 */
export type ComputeMode = "asg" | "instances" | "external" | "none";

export interface ComputePlan {
  site: string;
  mode: ComputeMode;
  /** Units running. */
  desired: number;
  /** Auto Scaling bounds (`asg`): at least `desired`, at most `required` (or `desired` when larger). */
  minSize: number;
  maxSize: number;
  /**
   * Instances created (`instances`): `required` (or `desired` when larger), so a failover starts stopped
   * instances instead of needing the IaC engine; the first `desired` run, the others are stopped.
   */
  instances: number;
}

/** The compute of one placement (see `ComputeMode`). `external` is true when an `ExternalWorkload` serves it. */
export function planCompute(
  strategy: StrategyName,
  required: number,
  placement: Placement,
  provider: ProviderName,
  external: boolean,
): ComputePlan {
  const base = { site: placement.site, desired: placement.desired, minSize: 0, maxSize: 0, instances: 0 };
  if (external || isExternalProvider(provider)) return { ...base, mode: "external" };
  if (strategy === "backup-restore" && placement.role === "standby") return { ...base, mode: "none", desired: 0 };
  const ceiling = Math.max(required, placement.desired);
  if (hasCapability(provider, "autoscaling") && hasCapability(provider, "launchTemplates")) {
    return { ...base, mode: "asg", minSize: placement.desired, maxSize: ceiling };
  }
  return { ...base, mode: "instances", instances: ceiling };
}
