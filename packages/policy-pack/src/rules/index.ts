import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { acknowledgedRisksRule } from "./acknowledged-risks";
import { allowedRegions } from "./allowed-regions";
import { backupCopyRegion } from "./backup-copy-region";
import { bucketPublicAccessBlocked } from "./bucket-public-access-blocked";
import { dataStoreProtected } from "./data-store-protected";
import { failoverRecordHealthCheck } from "./failover-record-health-check";
import { healthCheckDetection } from "./health-check-detection";
import { imdsv2Required } from "./imdsv2-required";
import { replicatedBucketVersioned } from "./replicated-bucket-versioned";
import { siteSeparation } from "./site-separation";
import { tierMinimumSites } from "./tier-minimum-sites";
import { volumesEncrypted } from "./volumes-encrypted";

/** A rule of the pack. */
export type PackRule = ResourceValidationPolicy | StackValidationPolicy;

/** Every rule of the pack, in the order RULES.md lists them. */
export const packRules: readonly PackRule[] = [
  tierMinimumSites,
  siteSeparation,
  failoverRecordHealthCheck,
  healthCheckDetection,
  backupCopyRegion,
  allowedRegions,
  replicatedBucketVersioned,
  dataStoreProtected,
  imdsv2Required,
  volumesEncrypted,
  bucketPublicAccessBlocked,
  acknowledgedRisksRule,
];
