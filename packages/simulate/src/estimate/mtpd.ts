/** `mtpd-exceeded`: an estimated RTO above the tier's maximum tolerable period of disruption. */
import { duration } from "../format";
import type { ScenarioFinding } from "../types";
import type { ServiceEstimate } from "./estimate";

/**
 * One error finding per service whose `rto.estimate` exceeds its tier's `mtpd`, in policy order. Only the `touched`
 * services can have an estimate above 0.
 */
export function mtpdFindings(estimates: readonly ServiceEstimate[], touched: readonly number[]): ScenarioFinding[] {
  const exceeded: Array<[number, ScenarioFinding]> = [];
  for (const index of touched) {
    const { service, rto } = estimates[index];
    if (rto === null || rto <= service.mtpd) continue;
    exceeded.push([
      index,
      {
        code: "mtpd-exceeded",
        severity: "error",
        message:
          `${service.id} is estimated out for ${duration(rto)}, beyond the maximum tolerable period of ` +
          `disruption of tier ${service.spec.tier} (mtpd ${duration(service.mtpd)})`,
      },
    ]);
  }
  return exceeded.sort(([a], [b]) => a - b).map(([, finding]) => finding);
}
