import { formatDuration } from "../duration";
import type { Rule } from "./rule";

export const dependencyTierInversion: Rule = {
  code: "dependency-tier-inversion",
  why:
    "A service cannot recover before what it hard-depends on: a critical service that needs a standard one " +
    "inherits the standard one's recovery time.",
  fix: "move the dependency to a tier at least as strict, or make the dependency soft if the service can run without it",
  check: ({ policy }) =>
    Object.entries(policy.services).flatMap(([id, service]) => {
      const tier = policy.tiers[service.tier];
      if (!tier) return [];
      return service.dependsOn.flatMap((dependency, index) => {
        if (dependency.kind !== "service" || !dependency.hard) return [];
        const target = policy.services[dependency.id];
        const targetTier = target && policy.tiers[target.tier];
        if (!targetTier || targetTier.rto <= tier.rto) return [];
        return [
          {
            path: `services.${id}.dependsOn[${index}]`,
            message:
              `service ${id} (tier "${service.tier}", rto ${formatDuration(tier.rto)}) depends hard on ` +
              `${dependency.id} (tier "${target.tier}", rto ${formatDuration(targetTier.rto)})`,
            hint: `move ${dependency.id} to a tier whose rto is at most ${formatDuration(tier.rto)}, or write { service: ${dependency.id}, hard: false } if ${id} can run without it`,
          },
        ];
      });
    }),
};
