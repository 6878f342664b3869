import type { ContinuityPolicy } from "../schema/policy";
import { strictestTiers } from "../tier-order";
import { knownSites } from "../topology";
import type { Rule, Violation } from "./rule";
import { listNames } from "./text";

export const concentrationRisk: Rule = {
  code: "concentration-risk",
  why:
    "DORA Art. 29 asks firms to weigh concentration risk: one supplier or one provider whose failure or exit " +
    "leaves no way out stops every critical function at once.",
  fix: "declare alternates for the supplier, or place critical services on a second provider",
  check: ({ policy }) => [...supplierConcentration(policy.suppliers), ...providerConcentration(policy)],
};

function supplierConcentration(suppliers: ContinuityPolicy["suppliers"]): Violation[] {
  return Object.entries(suppliers).flatMap(([id, supplier]) =>
    supplier.criticality !== "critical" || supplier.substitutable || supplier.alternates.length > 0
      ? []
      : [
          {
            path: `suppliers.${id}`,
            message: `critical supplier ${id} (${supplier.name}) is not substitutable and has no alternates: its failure or exit leaves no way out`,
            hint: `declare suppliers.${id}.alternates, or set substitutable: true if another supplier can take over`,
          },
        ],
  );
}

function providerConcentration(policy: ContinuityPolicy): Violation[] {
  return strictestTiers(policy).flatMap((tier) => {
    const sites = new Set<string>();
    for (const service of Object.values(policy.services)) {
      if (service.tier !== tier) continue;
      for (const [id] of knownSites(policy, service.sites)) sites.add(id);
    }
    const providers = new Set([...sites].map((id) => policy.sites[id].provider));
    if (providers.size !== 1) return [];
    const [provider] = providers;
    return [
      {
        path: `tiers.${tier}`,
        message: `every site of the services of the strictest tier "${tier}" (${listNames([...sites])}) is on ${provider}: an outage or exit of ${provider} stops them all`,
        hint: `place a failover site of the "${tier}" services on another provider`,
      },
    ];
  });
}
