/** `mtpd-exceeded`: an estimated RTO above the tier's maximum tolerable period of disruption. */
import { duration } from "../format";
import { scenarioFinding } from "../scenario-finding";
import type { ScenarioFinding } from "../types";
import type { ServiceEstimate } from "./estimate";

/**
 * One error finding per service whose `rto.estimate` exceeds its tier's `mtpd`, in policy order. A `down` service
 * exceeds it too, unless the scenario's `duration` is within the mtpd: being down is never "within MTPD" by
 * default. Only the `touched` services can have an estimate above 0.
 */
export function mtpdFindings(
  estimates: readonly ServiceEstimate[],
  touched: readonly number[],
  scenarioDuration: number | undefined,
): ScenarioFinding[] {
  const exceeded: Array<[number, ScenarioFinding]> = [];
  for (const index of touched) {
    const { service, rto, status } = estimates[index];
    if (status === "down") {
      if (scenarioDuration !== undefined && scenarioDuration <= service.mtpd) continue;
      const lasting =
        scenarioDuration === undefined
          ? "for as long as the scenario lasts (no duration is declared)"
          : `for the scenario's ${duration(scenarioDuration)}`;
      exceeded.push([
        index,
        scenarioFinding(
          "mtpd-exceeded",
          `${service.id} is down ${lasting}, beyond the maximum tolerable period of disruption of tier ` +
            `${service.spec.tier} (mtpd ${duration(service.mtpd)})`,
        ),
      ]);
      continue;
    }
    if (rto === null || rto <= service.mtpd) continue;
    exceeded.push([
      index,
      scenarioFinding(
        "mtpd-exceeded",
        `${service.id} is estimated out for ${duration(rto)}, beyond the maximum tolerable period of ` +
          `disruption of tier ${service.spec.tier} (mtpd ${duration(service.mtpd)})`,
      ),
    ]);
  }
  return exceeded.sort(([a], [b]) => a - b).map(([, finding]) => finding);
}
