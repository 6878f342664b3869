/** `mtpd-exceeded`: an estimated RTO above the tier's maximum tolerable period of disruption. */
import { duration } from "../format";
import type { ScenarioFinding } from "../types";
import type { ServiceEstimate } from "./estimate";

/** One error finding per service whose `rto.estimate` exceeds its tier's `mtpd`, in policy order. */
export function mtpdFindings(estimates: readonly ServiceEstimate[]): ScenarioFinding[] {
  const findings: ScenarioFinding[] = [];
  for (const { service, rto } of estimates) {
    if (rto === null || rto <= service.mtpd) continue;
    findings.push({
      code: "mtpd-exceeded",
      severity: "error",
      message:
        `${service.id} is estimated out for ${duration(rto)}, beyond the maximum tolerable period of ` +
        `disruption of tier ${service.spec.tier} (mtpd ${duration(service.mtpd)})`,
    });
  }
  return findings;
}
