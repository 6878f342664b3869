import { recoveryOrder } from "../../graph/recovery-order";
import { duration } from "../../text/format";
import { callout, code, codes, paragraph, table } from "../blocks";
import type { PlanInputs } from "../inputs";
import type { Section } from "../model";

/** (e) The order of recovery: what must come back first. */
export function recoveryOrderSection({ policy }: PlanInputs): Section {
  const steps = recoveryOrder(policy);
  const cyclic = steps.filter((step) => step.inCycle).map((step) => step.service);
  return {
    id: "recovery-order",
    title: "Order of recovery",
    covers: ["e"],
    blocks: [
      paragraph(
        "Services come back in waves: a service is restored only once every service it depends on hard is back. ",
        "Within a wave, the strictest tier comes first. Soft dependencies do not hold a service back; ",
        "suppliers are recovered by the suppliers themselves (see Suppliers) and are listed so the crisis cell can chase them.",
      ),
      ...(cyclic.length > 0
        ? [
            callout(
              "bad",
              "Dependency loop",
              "These services depend on each other in a loop, so no order can bring them back one after the other: ",
              codes(cyclic),
              ". Break the loop in the policy.",
            ),
          ]
        : []),
      table(
        ["Wave", "Service", "Tier", "RTO", "Waits for (hard)", "Needs suppliers (hard)"],
        steps.map((step) => {
          const service = policy.services[step.service];
          const suppliers = service.dependsOn
            .filter((dependency) => dependency.kind === "supplier" && dependency.hard)
            .map((dependency) => dependency.id);
          return [
            String(step.wave),
            code(step.service),
            code(service.tier),
            duration(policy.tiers[service.tier]?.rto),
            codes(step.after),
            codes(suppliers),
          ];
        }),
        { numeric: [0, 3] },
      ),
    ],
  };
}
