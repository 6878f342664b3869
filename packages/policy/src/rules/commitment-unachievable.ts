import { formatDuration } from "../duration";
import type { Rule, Violation } from "./rule";

export const commitmentUnachievable: Rule = {
  code: "commitment-unachievable",
  why:
    "A service planned to recover slower, or to lose more data, than a contract allows breaches that contract by " +
    "design on its first disruption.",
  fix: "move the service to a stricter tier, or renegotiate the commitment",
  check: ({ policy }) =>
    Object.entries(policy.services).flatMap(([id, service]) => {
      const tier = policy.tiers[service.tier];
      if (!tier) return [];
      const found: Violation[] = [];
      service.commitments.forEach((commitmentId, index) => {
        const commitment = policy.commitments[commitmentId];
        if (!commitment) return;
        const path = `services.${id}.commitments[${index}]`;
        const subject = `service ${id} (tier "${service.tier}")`;
        if (tier.rto > commitment.maxOutage) {
          found.push({
            path,
            message: `${subject} may be out for its rto of ${formatDuration(tier.rto)}, but commitment ${commitmentId} allows an outage of ${formatDuration(commitment.maxOutage)} at most`,
            hint: `move ${id} to a tier whose rto is at most ${formatDuration(commitment.maxOutage)}, or raise commitments.${commitmentId}.maxOutage`,
          });
        }
        if (commitment.maxDataLoss !== undefined && tier.rpo > commitment.maxDataLoss) {
          found.push({
            path,
            message: `${subject} may lose ${formatDuration(tier.rpo)} of data (its rpo), but commitment ${commitmentId} allows a data loss of ${formatDuration(commitment.maxDataLoss)} at most`,
            hint: `move ${id} to a tier whose rpo is at most ${formatDuration(commitment.maxDataLoss)}, or raise commitments.${commitmentId}.maxDataLoss`,
          });
        }
      });
      return found;
    }),
};
