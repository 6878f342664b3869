import { formatDuration } from "../duration";
import type { Rule } from "./rule";

export const mtpdBelowRto: Rule = {
  code: "mtpd-below-rto",
  why:
    "The maximum tolerable period of disruption is when the business can no longer survive the outage; a " +
    "recovery objective beyond it plans to recover too late (ISO 22301).",
  fix: "raise the tier's mtpd or lower its rto so that rto <= mtpd",
  check: ({ policy }) =>
    Object.entries(policy.tiers).flatMap(([id, tier]) =>
      tier.mtpd >= tier.rto
        ? []
        : [
            {
              path: `tiers.${id}.mtpd`,
              message: `tier "${id}" has an mtpd of ${formatDuration(tier.mtpd)}, shorter than its rto of ${formatDuration(tier.rto)}`,
              hint: `set tiers.${id}.mtpd to at least ${formatDuration(tier.rto)}, or lower the rto`,
            },
          ],
    ),
};
