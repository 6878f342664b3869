import { formatPercentage } from "../percentage";
import { remoteNeed } from "./people-judgement";
import type { Rule } from "./rule";

export const remoteCapacityInsufficient: Rule = {
  code: "remote-capacity-insufficient",
  why:
    "When an office becomes inaccessible (a demonstration, a police operation, a disaster), everyone who works " +
    "there must work remotely at once; more than the remote capacity cannot.",
  fix: "raise the remote-work capacity (licences, VPN, laptops), or plan a fallback office",
  check: ({ policy }) =>
    Object.entries(policy.sites).flatMap(([id, site]) => {
      if (site.provider !== "office" || site.staff === undefined || site.staff === 0) return [];
      const need = remoteNeed(policy, [id]);
      if (!need?.exceedsCapacity) return [];
      const share = formatPercentage(need.share);
      const declared = policy.people?.remoteWork
        ? `only ${formatPercentage(need.capacity)} of staff can work remotely at once (people.remoteWork.capacity)`
        : "no remote-work capacity is declared (people.remoteWork)";
      return [
        {
          path: `sites.${id}.staff`,
          message: `office ${id} holds ${need.staff} of ${need.total} staff (${share}), but ${declared}`,
          hint: `raise people.remoteWork.capacity to at least ${share}, or plan a fallback office`,
        },
      ];
    }),
};
