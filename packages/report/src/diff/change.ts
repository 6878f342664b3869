/**
 * A change between two versions of a policy, classified by its effect on risk:
 * - `loosened`: the new version promises less, keeps less in reserve, or is more fragile (weaker objectives, fewer
 *   sites, slower mechanisms, fewer fallbacks, less coverage). `relais diff` exits 1 when any change is loosened.
 * - `tightened`: the opposite.
 * - `neutral`: a change that does not move risk by itself (a description, a renamed owner, a moved primary site);
 *   its consequences, if any, show in the effect on the scenario matrix.
 */
export type ChangeKind = "loosened" | "tightened" | "neutral";

export interface PolicyChange {
  kind: ChangeKind;
  /** Where, in the policy's own notation: `tiers.critical.rto`, `services.payments-api.sites`. */
  path: string;
  /** What changed and why it has this kind, for people: `RTO raised from 15m to 30m`. */
  reason: string;
  /** The old value as text, when there is one. */
  before?: string;
  /** The new value as text, when there is one. */
  after?: string;
}

/** A service or commitment whose outcome changes in a scenario of the `--all` matrix. */
export interface MatrixChange {
  scenario: string;
  subject: "service" | "commitment";
  id: string;
  /** Service status (`recovered`…) or commitment state (`kept`, `breached`). */
  before: string;
  after: string;
}

export interface PolicyDiff {
  /** The policy names (`metadata.name`) of the old and new versions. */
  before: string;
  after: string;
  /** Every change, in policy order. */
  changes: PolicyChange[];
  /** Outcomes that get worse or better in a scenario both matrices share. */
  matrix: { worse: MatrixChange[]; better: MatrixChange[] };
  summary: { loosened: number; tightened: number; neutral: number; worse: number; better: number };
  /** True when a change is loosened or an outcome gets worse: the review gate fails. */
  loosened: boolean;
}
