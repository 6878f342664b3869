import type { ContinuityPolicy, Finding, Manifest } from "@relais/policy";
import { deployedService } from "./deployed-service";
import { driftFindings } from "./drift";
import { mergeManifests } from "./merge-manifests";

/** The policy as the program deploys it, and every difference from the policy as written. */
export interface Reconciliation {
  /** The policy with each deployed service's parameters; what the simulation runs on. */
  deployed: ContinuityPolicy;
  /** `drift` findings, sorted by path. */
  drift: Finding[];
}

/**
 * Builds the policy actually deployed from the policy and the manifests the program's components registered: each
 * service the program deploys takes its deployed sites, strategy, traffic, capacities and data mode; a service the
 * program does not deploy keeps the policy's values (another stack may deploy it). Pure.
 */
export function reconcile(policy: ContinuityPolicy, manifests: readonly Manifest[]): Reconciliation {
  const merged = mergeManifests(manifests);
  const services = Object.fromEntries(
    Object.entries(policy.services).map(([id, spec]) => {
      const deployed = merged.services.get(id);
      return [id, deployed ? deployedService(policy, spec, deployed) : spec];
    }),
  );
  return { deployed: { ...policy, services }, drift: driftFindings(policy, merged) };
}
