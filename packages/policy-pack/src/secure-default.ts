import type { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import { acknowledgedRisks, isAcknowledged } from "./acknowledgements";
import { relaisTagsOf } from "./resources";

/** What a secure-default rule checks, and the `acceptRisks` capability that may acknowledge its absence. */
export interface SecureDefault {
  name: string;
  description: string;
  /** The `acceptRisks` capability (`imdsv2`, `ebsEncryption`, `s3PublicAccessBlock`). */
  capability: string;
  /** What is wrong with a resource, or null when it has the secure default. */
  check(resource: PolicyResource, resources: readonly PolicyResource[]): string | null;
}

/**
 * A mandatory stack rule over the resources Relais components tagged: each one without the secure default is a
 * violation, unless its site's risk is acknowledged in `acceptRisks` (then `relais-acknowledged-risks` lists it).
 */
export function secureDefaultRule(rule: SecureDefault): StackValidationPolicy {
  return {
    name: rule.name,
    description: rule.description,
    enforcementLevel: "mandatory",
    validateStack: (args, reportViolation) => {
      const risks = acknowledgedRisks(args.resources);
      for (const resource of args.resources) {
        const tags = relaisTagsOf(resource.props);
        if (!tags) continue;
        const problem = rule.check(resource, args.resources);
        if (problem === null || isAcknowledged(risks, tags.site, rule.capability)) continue;
        reportViolation(
          `${resource.name} at site ${tags.site}: ${problem}. Fix it, or acknowledge it on the ContinuityPlan: acceptRisks: [{ site: "${tags.site}", capability: "${rule.capability}", reason: "…" }]`,
          resource.urn,
        );
      }
    },
  };
}
