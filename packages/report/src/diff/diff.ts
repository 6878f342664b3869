import type { ContinuityPolicy } from "@relais/policy";
import type { PolicyChange, PolicyDiff } from "./change";
import { compareCommitments } from "./commitments";
import { compareCrisisCell } from "./crisis-cell";
import { compareExercises } from "./exercises";
import { matrixEffect } from "./matrix";
import { compareMetadata } from "./metadata";
import { comparePeople } from "./people";
import { compareScenarios } from "./scenarios";
import { compareServices } from "./services";
import { compareSites, compareSovereignty } from "./sites";
import { compareStages } from "./stages";
import { compareSuppliers } from "./suppliers";
import { compareTiers } from "./tiers";

/** The comparers, in the order of the policy's sections. */
const COMPARERS = [
  compareMetadata,
  compareTiers,
  compareSovereignty,
  compareSites,
  compareServices,
  compareSuppliers,
  compareCommitments,
  comparePeople,
  compareCrisisCell,
  compareStages,
  compareScenarios,
  compareExercises,
] as const;

/**
 * Compares two valid policies: every change classified loosened, tightened or neutral with its reason, and the
 * effect on the `--all` scenario matrix. Pure and deterministic.
 */
export function diffPolicies(before: ContinuityPolicy, after: ContinuityPolicy): PolicyDiff {
  const changes: PolicyChange[] = COMPARERS.flatMap((compare) => compare(before, after));
  const matrix = matrixEffect(before, after);
  const count = (kind: PolicyChange["kind"]) => changes.filter((candidate) => candidate.kind === kind).length;
  const summary = {
    loosened: count("loosened"),
    tightened: count("tightened"),
    neutral: count("neutral"),
    worse: matrix.worse.length,
    better: matrix.better.length,
  };
  return {
    before: before.metadata.name,
    after: after.metadata.name,
    changes,
    matrix,
    summary,
    loosened: summary.loosened > 0 || summary.worse > 0,
  };
}
