import { formatDuration } from "../duration";
import type { Rule } from "./rule";

export const supplierRtoExceedsServiceRto: Rule = {
  code: "supplier-rto-exceeds-service-rto",
  why:
    "A service that cannot run without a supplier recovers no faster than the supplier does; a supplier with no " +
    "recovery commitment is an unknown, and unknown is not fine.",
  fix: "negotiate a shorter recovery commitment, add an alternate supplier, or make the dependency soft",
  check: ({ policy }) =>
    Object.entries(policy.services).flatMap(([id, service]) => {
      const tier = policy.tiers[service.tier];
      if (!tier) return [];
      return service.dependsOn.flatMap((dependency, index) => {
        if (dependency.kind !== "supplier" || !dependency.hard) return [];
        const supplier = policy.suppliers[dependency.id];
        if (!supplier) return [];
        const path = `services.${id}.dependsOn[${index}]`;
        const subject = `service ${id} (tier "${service.tier}", rto ${formatDuration(tier.rto)}) depends hard on supplier ${dependency.id}`;
        const rto = supplier.recovery?.rto;
        if (rto === undefined) {
          return [
            {
              path,
              message: `${subject}, which commits to no recovery rto`,
              hint: `record the supplier's contractual rto in suppliers.${dependency.id}.recovery.rto, or make the dependency soft`,
            },
          ];
        }
        if (rto <= tier.rto) return [];
        return [
          {
            path,
            message: `${subject}, which commits to recover within ${formatDuration(rto)} only`,
            hint: `negotiate an rto of at most ${formatDuration(tier.rto)} with ${dependency.id}, add an alternate, or write { supplier: ${dependency.id}, hard: false }`,
          },
        ];
      });
    }),
};
