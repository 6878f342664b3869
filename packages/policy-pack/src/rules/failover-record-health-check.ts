import type { ResourceValidationPolicy } from "@pulumi/policy";
import { objects } from "../resources";

/** A failover record without a health check never fails over: Route 53 treats it as always healthy. */
export const failoverRecordHealthCheck: ResourceValidationPolicy = {
  name: "relais-failover-record-health-check",
  description:
    "Every Route 53 failover record has a health check (healthCheckId), or is an alias that evaluates its target's health.",
  enforcementLevel: "mandatory",
  validateResource: (args, reportViolation) => {
    if (args.type !== "aws:route53/record:Record") return;
    const policies = args.props.failoverRoutingPolicies;
    if (!Array.isArray(policies) || policies.length === 0) return;
    const aliases = objects(args.props.aliases);
    if (args.props.healthCheckId || aliases.some((alias) => alias.evaluateTargetHealth === true)) return;
    reportViolation(
      `failover record ${args.name} (${policies[0]?.type ?? "failover"}) has no health check, so Route 53 never fails it over: set healthCheckId, or use an alias with evaluateTargetHealth`,
    );
  },
};
