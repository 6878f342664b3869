import type { StackValidationPolicy } from "@pulumi/policy";
import { acknowledgedRisks } from "../acknowledgements";

/**
 * Lists every risk the stack acknowledged in `acceptRisks`, so that a reviewer sees them at each deployment. The
 * secure-default and data rules do not report what is listed here.
 */
export const acknowledgedRisksRule: StackValidationPolicy = {
  name: "relais-acknowledged-risks",
  description:
    "Lists each risk acknowledged in `acceptRisks` on the ContinuityPlan (advisory: reported, never blocking).",
  enforcementLevel: "advisory",
  validateStack: (args, reportViolation) => {
    for (const risk of acknowledgedRisks(args.resources)) {
      reportViolation(`acknowledged: site ${risk.site} lacks ${risk.capability} (${risk.reason})`, risk.urn);
    }
  },
};
