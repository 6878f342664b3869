import { tierRanks, tiersByStrictness } from "../../graph/tiers";
import { duration, listOrDash } from "../../text/format";
import { code, codes, paragraph, table } from "../blocks";
import type { PlanInputs } from "../inputs";
import type { Section } from "../model";

/** (f) The business impact analysis: tiers and the services in them, with RTO, RPO and MTPD. */
export function biaSection({ policy }: PlanInputs): Section {
  const ranks = tierRanks(policy);
  const tiers = tiersByStrictness(policy);
  const services = Object.entries(policy.services).sort(
    ([a, x], [b, y]) =>
      (ranks.get(x.tier) ?? 0) - (ranks.get(y.tier) ?? 0) ||
      Object.keys(policy.services).indexOf(a) - Object.keys(policy.services).indexOf(b),
  );
  return {
    id: "bia",
    title: "Business impact analysis",
    covers: ["f", "4.1.3"],
    blocks: [
      paragraph(
        "Each service belongs to an impact tier (ISO 22301 business impact analysis). The tier sets its recovery time objective (RTO), ",
        "recovery point objective (RPO: how much recent data may be lost) and maximum tolerable period of disruption (MTPD), ",
        "and how many separate sites it must run on.",
      ),
      table(
        ["Tier", "Description", "RTO", "RPO", "MTPD", "Min. sites", "Sites separated by", "Allowed strategies"],
        tiers.map((id) => {
          const tier = policy.tiers[id];
          return [
            code(id),
            tier.description ?? "—",
            duration(tier.rto),
            duration(tier.rpo),
            duration(tier.mtpd),
            String(tier.minSites),
            tier.siteSeparation,
            tier.strategies ? listOrDash(tier.strategies) : "any",
          ];
        }),
        { numeric: [2, 3, 4, 5] },
      ),
      table(
        ["Service", "Description", "Tier", "Owner", "Data class", "RTO", "RPO", "MTPD", "Commitments"],
        services.map(([id, service]) => {
          const tier = policy.tiers[service.tier];
          return [
            code(id),
            service.description ?? "—",
            code(service.tier),
            service.owner ?? "—",
            service.dataClass,
            duration(tier?.rto),
            duration(tier?.rpo),
            duration(tier?.mtpd),
            codes(service.commitments),
          ];
        }),
        { numeric: [5, 6, 7] },
      ),
    ],
  };
}
