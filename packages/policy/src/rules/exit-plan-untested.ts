import type { Rule } from "./rule";
import { REHEARSAL_VALID_DAYS, rehearsalGap } from "./tested-within-a-year";

export const exitPlanUntested: Rule = {
  code: "exit-plan-untested",
  why:
    "DORA Art. 28(8) asks that exit strategies for ICT services supporting critical or important functions be " +
    "tested and reviewed: an exit plan nobody has rehearsed is a document, not a way out.",
  fix: "rehearse the exit (a tabletop or a real switch to the alternate) and record the date in exitTestedOn",
  check: ({ policy, today }) =>
    Object.entries(policy.suppliers).flatMap(([id, supplier]) => {
      if (supplier.criticality !== "critical" || supplier.exitPlan === undefined) return [];
      const gap = rehearsalGap(supplier.exitTestedOn, today);
      if (gap === undefined) return [];
      const when =
        gap === "never"
          ? "has never been rehearsed"
          : `was last rehearsed on ${supplier.exitTestedOn}, more than ${REHEARSAL_VALID_DAYS} days before ${today}`;
      return [
        {
          path: gap === "never" ? `suppliers.${id}` : `suppliers.${id}.exitTestedOn`,
          message: `the exit plan of critical supplier ${id} (${supplier.name}) ${when}`,
          hint: `rehearse the exit plan ${supplier.exitPlan} and set suppliers.${id}.exitTestedOn to its date`,
        },
      ];
    }),
};
