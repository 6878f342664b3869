import type { ContinuityPolicy } from "@relais/policy";

/** How a function (service) relies on an ICT supplier. */
export interface Reliance {
  service: string;
  supplier: string;
  /** True when a chain of hard dependencies links them: the supplier's loss takes the function down. */
  hard: boolean;
  /** The chain, such as `payments-api → ledger-db → card-network`. */
  path: string[];
}

/**
 * Every (service, ICT supplier) pair where the service depends on the supplier, directly or through other
 * services. Hard when some chain of hard dependencies links them; the shortest such chain is reported (else the
 * shortest chain). In service, then supplier, policy order.
 */
export function ictReliances(policy: ContinuityPolicy): Reliance[] {
  const ict = Object.keys(policy.suppliers).filter((id) => policy.suppliers[id].ict);
  const result: Reliance[] = [];
  for (const service of Object.keys(policy.services)) {
    const chains = reachableSuppliers(policy, service);
    for (const supplier of ict) {
      const found = chains.get(supplier);
      if (found) result.push({ service, supplier, hard: found.hard, path: found.path });
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
