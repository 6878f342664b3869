import type { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import { acknowledgedRisks, isAcknowledged } from "../acknowledgements";
import { objects, providerRegion, relaisTagsOf } from "../resources";

/** The region of an ARN (`arn:<partition>:backup:<region>:…`), when it is known. */
function arnRegion(arn: unknown): string | undefined {
  if (typeof arn !== "string") return undefined;
  const parts = arn.split(":");
  return parts.length > 4 && parts[0] === "arn" && parts[3] !== "" ? parts[3] : undefined;
}

/** The regions a plan copies its recovery points to: from the vault ARNs, or the vaults they come from. */
function copyRegions(plan: PolicyResource): string[] {
  const fromArns = objects(plan.props.rules).flatMap((rule) =>
    objects(rule.copyActions).map((copy) => arnRegion(copy.destinationVaultArn)),
  );
  const fromVaults = (plan.propertyDependencies.rules ?? [])
    .filter((dependency) => dependency.type === "aws:backup/vault:Vault")
    .map(providerRegion);
  return [...fromArns, ...fromVaults].filter((region): region is string => region !== undefined);
}

/** A backup kept only in the region it protects is lost with that region. */
export const backupCopyRegion: StackValidationPolicy = {
  name: "relais-backup-copy-region",
  description:
    "Every AWS Backup plan of a Relais service copies its recovery points to another region, unless the site acknowledges `backupCopy` in acceptRisks.",
  enforcementLevel: "mandatory",
  validateStack: (args, reportViolation) => {
    const risks = acknowledgedRisks(args.resources);
    for (const plan of args.resources.filter((resource) => resource.type === "aws:backup/plan:Plan")) {
      const tags = relaisTagsOf(plan.props);
      if (!tags || isAcknowledged(risks, tags.site, "backupCopy")) continue;
      const home = providerRegion(plan);
      if (copyRegions(plan).some((region) => region !== home)) continue;
      reportViolation(
        `backup plan ${plan.name} of ${tags.service} at ${tags.site} keeps its recovery points in ${home ?? "its own region"} only: add a copyActions entry to a vault in another region, or acknowledge it: acceptRisks: [{ site: "${tags.site}", capability: "backupCopy", reason: "…" }]`,
        plan.urn,
      );
    }
  },
};
