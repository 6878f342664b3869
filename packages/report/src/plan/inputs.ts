import {
  type AcceptedRisk,
  type ContinuityPolicy,
  type Finding,
  runRules,
  type ScenarioSpec,
  sortFindings,
} from "@relais/policy";
import {
  declaredScenarios,
  type PreviewResult,
  runPreview,
  type ScenarioResult,
  scenarioMatrix,
  simulate,
  validationRules,
} from "@relais/simulate";

/** Everything a plan document is built from. Sections read it and never compute simulations themselves. */
export interface PlanInputs {
  policy: ContinuityPolicy;
  /** `YYYY-MM-DD`: the date the plan describes (due exercises, next review). */
  today: string;
  /** Where the plan comes from, for the cover: a policy file or a program directory. */
  source: string;
  /** The `--all` scenarios, as specified (what each one takes out). */
  scenarios: ScenarioSpec[];
  /** The `--all` scenario matrix, in the same order. */
  matrix: PreviewResult;
  /** The declared scenarios' results, in declaration order: one runbook each. */
  declared: ScenarioResult[];
  /** Open findings: every validation rule, plus what the caller adds (drift of a program), sorted by path. */
  findings: Finding[];
  /** A program's acknowledged risks (its manifest's `acceptedRisks`); undefined for a plan built from a policy. */
  acceptedRisks?: readonly AcceptedRisk[];
}

export interface CollectOptions {
  today: string;
  source: string;
  /** Findings found while loading the subject, such as a program's drift from its policy. */
  extraFindings?: readonly Finding[];
  /** The risks a program's stack acknowledged, from its manifest. */
  acceptedRisks?: readonly AcceptedRisk[];
}

/** Runs the simulations and the rules a plan document needs. Pure: same policy and options, same inputs. */
export function collectPlanInputs(policy: ContinuityPolicy, options: CollectOptions): PlanInputs {
  const scenarios = scenarioMatrix(policy);
  const matrix = runPreview(policy, scenarios);
  const byId = new Map(matrix.scenarios.map((result) => [result.id, result]));
  const declared = declaredScenarios(policy).map((scenario) => byId.get(scenario.id) ?? simulate(policy, scenario));
  const findings = sortFindings(
    unique([...(options.extraFindings ?? []), ...runRules(validationRules, { policy, today: options.today })]),
  );
  const risks = options.acceptedRisks === undefined ? {} : { acceptedRisks: options.acceptedRisks };
  return { policy, today: options.today, source: options.source, scenarios, matrix, declared, findings, ...risks };
}

/** Drops findings that say the same thing twice (the caller may pass findings the rules find again). */
function unique(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.code}\u0000${finding.path}\u0000${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
