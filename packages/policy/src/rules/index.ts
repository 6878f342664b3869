import { commitmentUnachievable } from "./commitment-unachievable";
import { concentrationRisk } from "./concentration-risk";
import { crisisCellMissing } from "./crisis-cell-missing";
import { criticalSupplierWithoutExitPlan } from "./critical-supplier-without-exit-plan";
import { dataResidency } from "./data-residency";
import { dependencyCycle } from "./dependency-cycle";
import { dependencyTierInversion } from "./dependency-tier-inversion";
import { duplicateId } from "./duplicate-id";
import { exerciseActionOverdue } from "./exercise-action-overdue";
import { exerciseOverdue } from "./exercise-overdue";
import { exitPlanUntested } from "./exit-plan-untested";
import { hostingProviderUndeclared } from "./hosting-provider-undeclared";
import { mtpdBelowRto } from "./mtpd-below-rto";
import { remoteCapacityInsufficient } from "./remote-capacity-insufficient";
import { remoteDurationUnproven } from "./remote-duration-unproven";
import { restoreUntested } from "./restore-untested";
import { reviewOverdue } from "./review-overdue";
import { roleWithoutDeputy } from "./role-without-deputy";
import { rpoUnachievable } from "./rpo-unachievable";
import type { Rule } from "./rule";
import { singleSite } from "./single-site";
import { siteKind } from "./site-kind";
import { siteSeparation } from "./site-separation";
import { stageLevels } from "./stage-levels";
import { strategyNotAllowed } from "./strategy-not-allowed";
import { supplierRtoExceedsServiceRto } from "./supplier-rto-exceeds-service-rto";
import { tierMinSites } from "./tier-min-sites";
import { tierNotExercised } from "./tier-not-exercised";
import { unknownReference } from "./unknown-reference";
import { unknownRegion } from "./unknown-region";

/**
 * Every semantic rule of `@relais/policy`, in the order of the documented rules table (docs/rules.md) (`rto-unachievable` lives in
 * `@relais/simulate`, beside the estimate model). Docs are generated from it.
 */
export const policyRules: readonly Rule[] = [
  unknownReference,
  duplicateId,
  tierMinSites,
  siteSeparation,
  strategyNotAllowed,
  rpoUnachievable,
  mtpdBelowRto,
  commitmentUnachievable,
  dependencyCycle,
  dependencyTierInversion,
  dataResidency,
  stageLevels,
  crisisCellMissing,
  siteKind,
  supplierRtoExceedsServiceRto,
  criticalSupplierWithoutExitPlan,
  concentrationRisk,
  roleWithoutDeputy,
  remoteCapacityInsufficient,
  remoteDurationUnproven,
  exerciseOverdue,
  reviewOverdue,
  tierNotExercised,
  singleSite,
  hostingProviderUndeclared,
  exitPlanUntested,
  restoreUntested,
  exerciseActionOverdue,
  unknownRegion,
];
