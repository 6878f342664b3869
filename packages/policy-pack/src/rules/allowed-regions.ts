import type { ResourceValidationPolicy } from "@pulumi/policy";
import { allowedRegionsSchema, type PackConfig } from "../config";
import { isGlobal, providerRegion } from "../resources";

/** Data residency: resources only in the regions the pack's config allows. */
export const allowedRegions: ResourceValidationPolicy = {
  name: "relais-allowed-regions",
  description:
    "Resources are created only in the regions listed in the config `allowedRegions` (no list: any region). Route 53 resources are global and exempt.",
  enforcementLevel: "mandatory",
  configSchema: allowedRegionsSchema,
  validateResource: (args, reportViolation) => {
    const allowed = args.getConfig<PackConfig>().allowedRegions ?? [];
    if (allowed.length === 0 || isGlobal(args.type)) return;
    const region = providerRegion(args);
    if (region === undefined || allowed.includes(region)) return;
    reportViolation(
      `${args.name} is in region ${region}, which is not allowed here (allowed: ${allowed.join(", ")}): move its site to an allowed region or add ${region} to allowedRegions`,
    );
  },
};
