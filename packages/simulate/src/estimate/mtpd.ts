/** `mtpd-exceeded`: an estimated RTO above the tier's maximum tolerable period of disruption. */
import { formatDuration } from "@relais/policy";
import type { ScenarioFinding } from "../types";
import type { ServiceEstimate } from "./services";

/** One error finding per service whose `rto.estimate` exceeds its tier's `mtpd`, in policy order. */
export function mtpdFindings(estimates: readonly ServiceEstimate[]): ScenarioFinding[] {
  return estimates.flatMap(({ service, rto }) =>
    rto !== null && rto > service.mtpd
      ? [
          {
            code: "mtpd-exceeded",
            severity: "error" as const,
            message:
              `${service.id} is estimated out for ${formatDuration(rto)}, beyond the maximum tolerable period of ` +
              `disruption of tier ${service.spec.tier} (mtpd ${formatDuration(service.mtpd)})`,
          },
        ]
      : [],
  );
}
