import type { Rule } from "./rule";

export const strategyNotAllowed: Rule = {
  code: "strategy-not-allowed",
  why:
    "A tier's allowed strategies are the ones that can meet its objectives: a pilot-light or backup-restore " +
    "service cannot recover within minutes.",
  fix: "use one of the tier's strategies, or move the service to a tier that allows its strategy",
  check: ({ policy }) =>
    Object.entries(policy.services).flatMap(([id, service]) => {
      const allowed = policy.tiers[service.tier]?.strategies;
      if (!allowed || allowed.includes(service.strategy)) return [];
      return [
        {
          path: `services.${id}.strategy`,
          message: `service ${id} uses strategy ${service.strategy}, which tier "${service.tier}" does not allow (allowed: ${allowed.join(", ")})`,
          hint: `use ${allowed.join(" or ")}, move the service to another tier, or add ${service.strategy} to tiers.${service.tier}.strategies`,
        },
      ];
    }),
};
