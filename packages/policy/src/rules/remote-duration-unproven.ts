import { formatDuration } from "../duration";
import { lostSites } from "../scenario-sites";
import { lostOffices, remoteDurationExceeded } from "./people-judgement";
import type { Rule } from "./rule";
import { listNames } from "./text";

export const remoteDurationUnproven: Rule = {
  code: "remote-duration-unproven",
  why:
    "Remote work that has been proven for a day may not hold for a week: the scenario asks people to work from " +
    "home longer than the company has shown it can.",
  fix: "prove remote work for the scenario's duration (an exercise) and raise sustainFor, or plan a fallback office",
  check: ({ policy }) => {
    const sustainFor = policy.people?.remoteWork?.sustainFor ?? 0;
    return policy.scenarios.flatMap((scenario, index) => {
      if (scenario.duration === undefined || !remoteDurationExceeded(policy, scenario.duration)) return [];
      const offices = lostOffices(policy, lostSites(policy, scenario));
      if (offices.length === 0) return [];
      const proven = policy.people?.remoteWork
        ? `remote work is proven for ${formatDuration(sustainFor)} only (people.remoteWork.sustainFor)`
        : "no remote-work duration is proven (people.remoteWork is not declared)";
      return [
        {
          path: `scenarios[${index}].duration`,
          message: `scenario ${scenario.id} makes office ${listNames(offices)} inaccessible for ${formatDuration(scenario.duration)}, but ${proven}`,
          hint: `exercise remote work for ${formatDuration(scenario.duration)} and set people.remoteWork.sustainFor, or plan a fallback office`,
        },
      ];
    });
  },
};
