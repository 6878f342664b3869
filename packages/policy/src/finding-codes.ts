/**
 * Every finding code Relais emits, in one registry: its severity, where it comes from and what it means. The
 * `FindingCode` union is derived from it, so a misspelt code is a compile error, and the code tables of docs/rules.md
 * are generated from it.
 */

/** How serious a finding is: an error makes a policy invalid, a warning does not. */
export type Severity = "error" | "warning";

/**
 * Where a code comes from: `parse` (reading the policy text and its structure), `rule` (a semantic rule of
 * `relais validate`), `scenario` (a finding of a simulated scenario in `relais preview`), `program` (the offline
 * preview of a Pulumi program: drift and policy-pack reports).
 */
export type FindingSource = "parse" | "rule" | "scenario" | "program";

/** One registry entry. `severity` is `per-rule` only for codes whose severity the reporting rule decides. */
export interface FindingCodeInfo {
  severity: Severity | "per-rule";
  from: readonly FindingSource[];
  /** One line: when the code is given (the tables of docs/rules.md). */
  summary: string;
}

const RULE = ["rule"] as const;
const RULE_AND_SCENARIO = ["rule", "scenario"] as const;
const SCENARIO = ["scenario"] as const;

/**
 * The registry, grouped by where codes come from: reading the policy, the rules (in the order `relais validate` runs
 * them), then the scenario findings in the order a scenario reports them, then a program's.
 */
export const FINDING_CODES = {
  syntax: {
    severity: "error",
    from: ["parse"],
    summary:
      'the YAML cannot be read: a syntax error, a key that appears twice in one mapping, aliases copying more than 1 MiB of text (a "billion laughs" bomb, or a long text copied many times), nesting deeper than 64 levels, an explicit `?` key, more than one document',
  },
  schema: {
    severity: "error",
    from: ["parse"],
    summary:
      'structure, types and unknown keys (with a "did you mean" for a near-miss), bare-number durations, bad percentages and dates',
  },
  "unknown-reference": {
    severity: "error",
    from: RULE,
    summary: "a referenced tier, site, service, supplier, commitment, scenario, stage, zone or region does not exist",
  },
  "duplicate-id": {
    severity: "error",
    from: RULE,
    summary:
      "two scenarios with one id, or a declared scenario with a generated id (`site-loss:X`, `region-loss:…`, `provider-loss:…`, `supplier-outage:…`) that describes another loss; a name listed twice in one list (a service's sites, dependsOn or commitments, a supplier's alternates, the crisis-cell roles); a supplier that is its own alternate",
  },
  "tier-min-sites": { severity: "error", from: RULE, summary: "a service has fewer sites than its tier's `minSites`" },
  "site-separation": {
    severity: "error",
    from: RULE,
    summary:
      "two sites of a service share the failure domain its tier must separate (zone: same zone, or same region with no zones; region: same provider+region; provider: same provider). A site without a region (on-premises, colocation) is its own region and zone",
  },
  "strategy-not-allowed": {
    severity: "error",
    from: RULE,
    summary: "the service's strategy is not in its tier's `strategies`",
  },
  "rpo-unachievable": {
    severity: "error",
    from: RULE,
    summary: "the data mode cannot meet the tier's `rpo` (`none`; backup `every` > rpo; async `lag` > rpo)",
  },
  "mtpd-below-rto": { severity: "error", from: RULE, summary: "a tier's `mtpd` is shorter than its `rto`" },
  "commitment-unachievable": {
    severity: "error",
    from: RULE,
    summary:
      "a service's tier `rto` exceeds the `maxOutage`, or its `rpo` the `maxDataLoss`, of a commitment it serves",
  },
  "dependency-cycle": {
    severity: "error",
    from: RULE,
    summary: "services depend on each other in a loop, hard or soft (the message lists the loop)",
  },
  "dependency-tier-inversion": {
    severity: "error",
    from: RULE,
    summary: "a hard dependency's tier `rto` is longer than the dependent's",
  },
  "data-residency": {
    severity: "error",
    from: RULE,
    summary: "a site of a service lacks a jurisdiction or qualification that `sovereignty` requires for its data class",
  },
  "stage-levels": { severity: "error", from: RULE, summary: "stage levels are not 1..n without gaps or repeats" },
  "crisis-cell-missing": {
    severity: "error",
    from: RULE,
    summary: "a service fails over manually but there is no `crisisCell`",
  },
  "site-kind": {
    severity: "error",
    from: RULE,
    summary:
      "a service placed on an `office` site, a cloud site (aws, aws-eusc, outscale) without the region its provider needs, or `staff` on a site that is not an office",
  },
  "supplier-rto-exceeds-service-rto": {
    severity: "warning",
    from: RULE,
    summary:
      "a hard supplier's committed `rto` is longer than the dependent service's tier `rto` (or the supplier commits to no rto at all)",
  },
  "critical-supplier-without-exit-plan": {
    severity: "warning",
    from: RULE,
    summary: "a critical supplier has no `exitPlan` (DORA Art. 28(8))",
  },
  "concentration-risk": {
    severity: "warning",
    from: RULE,
    summary:
      "a critical supplier is not substitutable and has no alternates, or every site of the services of the strictest tier (smallest rto) sits on one provider (DORA Art. 29)",
  },
  "exercise-overdue": {
    severity: "warning",
    from: RULE,
    summary: "`lastRun + every` is before today, or the exercise has never run (no `lastRun`); only with a today date",
  },
  "review-overdue": {
    severity: "warning",
    from: RULE,
    summary:
      "`metadata.reviewedOn + metadata.reviewEvery` is before today, or a review cadence is set but no review date; only with a today date",
  },
  "tier-not-exercised": {
    severity: "warning",
    from: RULE,
    summary:
      "no exercise covers a scenario that takes out the primary site of a service of the strictest tier (smallest rto among the tiers in use); a scenario takes out a site when it names the site, its zone, its provider+region or its provider",
  },
  "single-site": {
    severity: "warning",
    from: RULE,
    summary:
      "a service has one site only: losing it stops the service until the site returns (not reported when the tier's `minSites` already asks for more: `tier-min-sites` does)",
  },
  "hosting-provider-undeclared": {
    severity: "warning",
    from: RULE,
    summary:
      "a cloud provider hosts sites but no supplier `hosts` them (it still counts in the register and the concentration analysis, under its provider name)",
  },
  "exit-plan-untested": {
    severity: "warning",
    from: RULE,
    summary:
      "a critical supplier's exit plan was never rehearsed (`exitTestedOn`) or not within 365 days of today (DORA Art. 28(8)); a supplier without an exit plan gets `critical-supplier-without-exit-plan` instead",
  },
  "restore-untested": {
    severity: "warning",
    from: RULE,
    summary: "a backup data mode has no `restoreTestedOn` within 365 days of today (NIS2 Annex 4.2.6)",
  },
  "exercise-action-overdue": {
    severity: "warning",
    from: RULE,
    summary:
      "an action decided after an exercise is not `done` and its `due` date is before today; only with a today date",
  },
  "unknown-region": {
    severity: "warning",
    from: RULE,
    summary:
      "a site's region or zone is not in the site catalogue of its provider (the message suggests the nearest known name)",
  },
  "rto-unachievable": {
    severity: "error",
    from: RULE,
    summary:
      "for a service with two sites or more, the estimated RTO of `site-loss:<its primary site>` exceeds the tier's `rto`",
  },
  "nothing-lost": {
    severity: "warning",
    from: SCENARIO,
    summary: "a site, zone, region or provider scenario loses no site of the policy (usually a typo in a zone name)",
  },
  "site-without-zone": {
    severity: "warning",
    from: SCENARIO,
    summary:
      "a zone-loss scenario names a zone of a site's region, but the site declares no zone: it is taken to span its region's zones and is not lost",
  },
  "site-overcommitted": {
    severity: "warning",
    from: SCENARIO,
    summary:
      "a surviving site's demand (the `required` of the services active on it after the scenario) exceeds its `capacity`",
  },
  "mtpd-exceeded": {
    severity: "error",
    from: SCENARIO,
    summary:
      "a service's `rto.estimate` is above its tier's `mtpd`, or it is down and the scenario has no `duration` or lasts longer than the `mtpd`",
  },
  "people-undeclared": {
    severity: "warning",
    from: SCENARIO,
    summary: "an office is lost but the policy has no `people` section",
  },
  "remote-capacity-insufficient": {
    severity: "warning",
    from: RULE_AND_SCENARIO,
    summary:
      "an office's share of staff (`staff(office) / people.staff`) exceeds `people.remoteWork.capacity`; in a scenario, the summed share of every office it makes inaccessible does",
  },
  "remote-duration-unproven": {
    severity: "warning",
    from: RULE_AND_SCENARIO,
    summary:
      "a scenario that makes an office inaccessible (by site, zone, provider+region or provider) has a `duration` longer than `people.remoteWork.sustainFor` (the rule checks declared scenarios)",
  },
  "staffing-below-minimum": {
    severity: "error",
    from: SCENARIO,
    summary: "in a `staff-unavailability` scenario, `1 − absent` is below `people.minimumStaffing`",
  },
  "role-without-deputy": {
    severity: "warning",
    from: RULE_AND_SCENARIO,
    summary: "a crisis-cell role has no deputy (a scenario lists every such role again)",
  },
  drift: {
    severity: "warning",
    from: ["program"],
    summary:
      "the program deploys something other than the policy says (sites, services, capacities, data mode, traffic)",
  },
  "policy-pack": {
    severity: "per-rule",
    from: ["program"],
    summary:
      "a rule of `@relais/policy-pack` reports a resource of the program: an error for a mandatory rule, a warning for an advisory one",
  },
} as const satisfies Record<string, FindingCodeInfo>;

/** Every finding code: a closed union, so a misspelt code does not compile. */
export type FindingCode = keyof typeof FINDING_CODES;

/** The codes that come from `source`: `FindingCodeFrom<"scenario">` is what a scenario may report. */
export type FindingCodeFrom<S extends FindingSource> = {
  [C in FindingCode]: S extends (typeof FINDING_CODES)[C]["from"][number] ? C : never;
}[FindingCode];

/** The codes whose severity the registry fixes (every code but `policy-pack`). */
export type FixedSeverityCode = {
  [C in FindingCode]: (typeof FINDING_CODES)[C]["severity"] extends Severity ? C : never;
}[FindingCode];

/** The severity of a code, from the registry. */
export function severityOf(code: FixedSeverityCode): Severity {
  return FINDING_CODES[code].severity;
}
