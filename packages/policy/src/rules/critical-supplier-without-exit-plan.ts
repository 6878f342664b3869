import type { Rule } from "./rule";

export const criticalSupplierWithoutExitPlan: Rule = {
  code: "critical-supplier-without-exit-plan",
  why:
    "DORA Art. 28(8) asks for an exit strategy for every ICT service supporting critical functions: leaving a " +
    "critical supplier in a hurry without a written plan fails.",
  fix: "write the exit plan and link it from the supplier's exitPlan",
  check: ({ policy }) =>
    Object.entries(policy.suppliers).flatMap(([id, supplier]) =>
      supplier.criticality !== "critical" || supplier.exitPlan !== undefined
        ? []
        : [
            {
              path: `suppliers.${id}.exitPlan`,
              message: `critical supplier ${id} (${supplier.name}) has no exit plan`,
              hint: `write one and set suppliers.${id}.exitPlan to its path or link, such as docs/exit/${id}.md`,
            },
          ],
    ),
};
