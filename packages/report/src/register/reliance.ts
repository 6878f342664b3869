import { type ContinuityPolicy, hostingProviders, ictProviderIds } from "@relais/policy";

/** How much a function depends on a provider, as the register's reliance levels say it. */
export type RelianceLevel = "full" | "material" | "low";

/** How a function (service) relies on an ICT third-party provider (a supplier, or a hosting provider). */
export interface Reliance {
  service: string;
  /** The supplier id, or the provider name of a cloud provider no supplier declares. */
  supplier: string;
  /**
   * `full`: a chain of hard dependencies links them, or the provider hosts every site of the service — its loss
   * takes the function down. `material`: the provider hosts some of its sites. `low`: only soft dependencies.
   */
  level: RelianceLevel;
  /** The chain, such as `payments-api → ledger-db → card-network`, or `payments-api → gov-a, gov-b` for hosting. */
  path: string[];
}

const STRENGTH: Record<RelianceLevel, number> = { full: 3, material: 2, low: 1 };

/**
 * Every (service, ICT provider) pair where the service depends on the provider: through dependencies (directly or
 * through other services; the shortest hard chain, else the shortest chain) or by running on sites it hosts. The
 * stronger reliance wins. In service order, then ICT suppliers in policy order, then undeclared cloud providers.
 */
export function ictReliances(policy: ContinuityPolicy): Reliance[] {
  const hosting = hostingProviders(policy);
  const providers = ictProviderIds(policy);
  const result: Reliance[] = [];
  for (const service of Object.keys(policy.services)) {
    const chains = reachableSuppliers(policy, service);
    const sites = policy.services[service].sites.filter((site) => Object.hasOwn(policy.sites, site));
    for (const provider of providers) {
      const found = chains.get(provider);
      const byChain: Reliance | undefined = found && {
        service,
        supplier: provider,
        level: found.hard ? "full" : "low",
        path: found.path,
      };
      const hosted = sites.filter((site) => hosting.some((host) => host.id === provider && host.sites.includes(site)));
      const byHosting: Reliance | undefined =
        hosted.length === 0
          ? undefined
          : {
              service,
              supplier: provider,
              level: hosted.length === sites.length ? "full" : "material",
              path: [service, hosted.join(", ")],
            };
      const best = [byChain, byHosting]
        .filter((reliance): reliance is Reliance => reliance !== undefined)
        .sort((a, b) => STRENGTH[b.level] - STRENGTH[a.level])[0];
      if (best) result.push(best);
    }
  }
  return result;
}

/** Breadth-first over dependencies: for each supplier reached, the best chain (hard before soft, then shortest). */
function reachableSuppliers(policy: ContinuityPolicy, start: string): Map<string, { hard: boolean; path: string[] }> {
  const best = new Map<string, { hard: boolean; path: string[] }>();
  const visited = new Map<string, boolean>([[start, true]]);
  let frontier: { service: string; hard: boolean; path: string[] }[] = [{ service: start, hard: true, path: [start] }];
  while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const { service, hard, path } of frontier) {
      for (const dependency of policy.services[service]?.dependsOn ?? []) {
        const chainHard = hard && dependency.hard;
        const chain = [...path, dependency.id];
        if (dependency.kind === "supplier") {
          const known = best.get(dependency.id);
          if (!known || (chainHard && !known.hard)) best.set(dependency.id, { hard: chainHard, path: chain });
          continue;
        }
        const seen = visited.get(dependency.id);
        if (seen === true || (seen === false && !chainHard)) continue;
        visited.set(dependency.id, chainHard);
        next.push({ service: dependency.id, hard: chainHard, path: chain });
      }
    }
    frontier = next;
  }
  return best;
}
