/** Several scenarios on one policy: `runPreview(policy, scenarios) → PreviewResult` (`relais preview --format json`). */
import type { ContinuityPolicy, ScenarioSpec } from "@relais/policy";
import { prepareModel } from "./model/prepare";
import { simulatePrepared } from "./simulate";
import type { PreviewResult, PreviewSummary, ScenarioResult } from "./types";

/** Simulates each scenario in the given order on one prepared model, and sums up. */
export function runPreview(policy: ContinuityPolicy, scenarios: readonly ScenarioSpec[]): PreviewResult {
  const model = prepareModel(policy);
  const results = scenarios.map((scenario) => simulatePrepared(model, scenario).result);
  return { policy: policy.metadata.name, scenarios: results, summary: summarise(results) };
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
