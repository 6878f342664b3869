import type { ResourceValidationPolicy } from "@pulumi/policy";
import { type PackConfig, tierConfig, tiersSchema } from "../config";
import { relaisTagsOf } from "../resources";

/** Route 53's defaults when a health check does not set them. */
const DEFAULT_INTERVAL = 30;
const DEFAULT_THRESHOLD = 3;

/** A health check that takes longer to notice a failure than its tier allows eats the tier's RTO. */
export const healthCheckDetection: ResourceValidationPolicy = {
  name: "relais-health-check-detection",
  description:
    "A health check's detection time (request interval × failure threshold) is within its tier's maxDetectionSeconds (config `tiers`, default 90 s).",
  enforcementLevel: "mandatory",
  configSchema: tiersSchema,
  validateResource: (args, reportViolation) => {
    if (args.type !== "aws:route53/healthCheck:HealthCheck") return;
    const tags = relaisTagsOf(args.props);
    if (!tags || tags.tier === "-") return;
    const interval = Number(args.props.requestInterval ?? DEFAULT_INTERVAL);
    const threshold = Number(args.props.failureThreshold ?? DEFAULT_THRESHOLD);
    const limit = tierConfig(args.getConfig<PackConfig>(), tags.tier).maxDetectionSeconds;
    if (interval * threshold <= limit) return;
    reportViolation(
      `health check ${args.name} of ${tags.service} at ${tags.site} detects a failure in ${interval * threshold} s (${interval} s × ${threshold}), more than tier ${tags.tier} allows (${limit} s): lower requestInterval to 10 or the failureThreshold`,
    );
  },
};
