import type { Rule } from "./rule";
import { REHEARSAL_VALID_DAYS, rehearsalGap } from "./tested-within-a-year";

export const restoreUntested: Rule = {
  code: "restore-untested",
  why:
    "A backup that was never restored may not restore: NIS2 Implementing Regulation 2024/2690, Annex point 4.2.6, " +
    "asks for regular restore tests with documented results, and DORA Art. 12 for restoration on separated systems.",
  fix: "restore the latest backup on a separate system, check it, and record the date in data.restoreTestedOn",
  check: ({ policy, today }) =>
    Object.entries(policy.services).flatMap(([id, service]) => {
      if (service.data.mode !== "backup") return [];
      const gap = rehearsalGap(service.data.restoreTestedOn, today);
      if (gap === undefined) return [];
      const when =
        gap === "never"
          ? "have never been restored in a test"
          : `were last restored in a test on ${service.data.restoreTestedOn}, more than ${REHEARSAL_VALID_DAYS} days before ${today}`;
      return [
        {
          path: gap === "never" ? `services.${id}.data` : `services.${id}.data.restoreTestedOn`,
          message: `the backups of service ${id} ${when}`,
          hint: `test a restore of ${id}'s latest backup and set services.${id}.data.restoreTestedOn to its date`,
        },
      ];
    }),
};
