import { formatPercentage } from "../percentage";
import type { Rule } from "./rule";

export const remoteCapacityInsufficient: Rule = {
  code: "remote-capacity-insufficient",
  severity: "warning",
  summary: "an office's share of staff (`staff(office) / people.staff`) exceeds `people.remoteWork.capacity`",
  why:
    "When an office becomes inaccessible (a demonstration, a police operation, a disaster), everyone who works " +
    "there must work remotely at once; more than the remote capacity cannot.",
  fix: "raise the remote-work capacity (licences, VPN, laptops), or plan a fallback office",
  check: ({ policy }) => {
    const people = policy.people;
    if (!people) return [];
    const capacity = people.remoteWork?.capacity ?? 0;
    return Object.entries(policy.sites).flatMap(([id, site]) => {
      if (site.provider !== "office" || site.staff === undefined || site.staff === 0) return [];
      const share = site.staff / people.staff;
      if (share <= capacity) return [];
      const declared = people.remoteWork
        ? `only ${formatPercentage(capacity)} of staff can work remotely at once (people.remoteWork.capacity)`
        : "no remote-work capacity is declared (people.remoteWork)";
      return [
        {
          path: `sites.${id}.staff`,
          message: `office ${id} holds ${site.staff} of ${people.staff} staff (${formatPercentage(Number(share.toFixed(4)))}), but ${declared}`,
          hint: `raise people.remoteWork.capacity to at least ${formatPercentage(Math.min(1, Number(share.toFixed(4))))}, or plan a fallback office`,
        },
      ];
    });
  },
};
