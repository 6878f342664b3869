/** Several scenarios on one policy: `runPreview(policy, scenarios) → PreviewResult` (`relais preview --format json`). */
import type { ContinuityPolicy, ScenarioSpec } from "@relais/policy";
import { prepareModel } from "./model/prepare";
import { simulatePrepared } from "./simulate";
import type { PreviewResult, PreviewSummary, ScenarioResult } from "./types";

/** Simulates each scenario in the given order on one prepared model, and sums up. */
export function runPreview(policy: ContinuityPolicy, scenarios: readonly ScenarioSpec[]): PreviewResult {
  const results = [...previewScenarios(policy, scenarios)];
  return { policy: policy.metadata.name, scenarios: results, summary: summarise(results) };
}

/**
 * The results of `runPreview`, one scenario at a time, so that a caller can write each one out and let it go: a
 * matrix of 10,000 services never has to be held whole.
 */
export function* previewScenarios(
  policy: ContinuityPolicy,
  scenarios: readonly ScenarioSpec[],
): Generator<ScenarioResult> {
  const model = prepareModel(policy);
  for (const scenario of scenarios) yield simulatePrepared(model, scenario).result;
}

/**
 * The summary counts service results and breached commitment results over every scenario: a service down in two
 * scenarios counts twice. Unaffected services are not counted.
 */
export function summarise(results: readonly ScenarioResult[]): PreviewSummary {
  const summary: PreviewSummary = {
    scenarios: results.length,
    down: 0,
    degraded: 0,
    recovered: 0,
    commitmentsBreached: 0,
  };
  for (const result of results) {
    for (const service of result.services) if (service.status !== "unaffected") summary[service.status]++;
    for (const commitment of result.commitments) if (commitment.breached) summary.commitmentsBreached++;
  }
  return summary;
}

/** True when every impacted service recovered and no commitment was breached: `relais preview` exits 0. */
export function allRecovered(result: ScenarioResult): boolean {
  return (
    result.services.every((service) => service.status === "unaffected" || service.status === "recovered") &&
    result.commitments.every((commitment) => !commitment.breached)
  );
}
