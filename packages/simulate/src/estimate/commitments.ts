/**
 * A commitment is breached when a service serving it is down, or its `rto.estimate > maxOutage`, or its
 * `rpo.estimate > maxDataLoss` (an unknown RPO, `data.mode: none`, breaches a `maxDataLoss`).
 */
import { duration } from "../format";
import type { PreparedModel } from "../model/prepare";
import type { CommitmentResult } from "../types";
import type { ServiceEstimate } from "./services";

/** Every commitment of the policy, in policy order. */
export function evaluateCommitments(model: PreparedModel, estimates: readonly ServiceEstimate[]): CommitmentResult[] {
  return Object.entries(model.policy.commitments).map(([id, commitment]) => {
    const reasons: string[] = [];
    for (const index of model.commitmentServices.get(id) ?? []) {
      const { service, status, rto, rpo } = estimates[index];
      if (status === "down") {
        reasons.push(`${service.id} is down`);
        continue;
      }
      if (rto !== null && rto > commitment.maxOutage) {
        reasons.push(`${service.id} is out for ${duration(rto)}, above maxOutage ${duration(commitment.maxOutage)}`);
      }
      if (commitment.maxDataLoss === undefined) continue;
      if (rpo === null) {
        reasons.push(
          `${service.id} keeps no copy of its data (data.mode none): maxDataLoss ${duration(commitment.maxDataLoss)} cannot be met`,
        );
      } else if (rpo > commitment.maxDataLoss) {
        reasons.push(
          `${service.id} loses up to ${duration(rpo)} of data, above maxDataLoss ${duration(commitment.maxDataLoss)}`,
        );
      }
    }
    return { id, breached: reasons.length > 0, reasons };
  });
}
