import type { ContinuityPolicy } from "@relais/policy";
import { type PreviewResult, runPreview, STATUS_ORDER, scenarioMatrix } from "@relais/simulate";
import type { MatrixChange } from "./change";

/**
 * The effect of a change on the `--all` scenario matrix: in every scenario both versions simulate (same id),
 * each service whose status gets worse (unaffected < recovered < degraded < down) or better, and each commitment
 * that becomes breached or kept.
 */
export function matrixEffect(
  before: ContinuityPolicy,
  after: ContinuityPolicy,
): { worse: MatrixChange[]; better: MatrixChange[] } {
  return compareMatrices(runPreview(before, scenarioMatrix(before)), runPreview(after, scenarioMatrix(after)));
}

/** Compares two previews scenario by scenario (see {@link matrixEffect}). */
export function compareMatrices(
  before: PreviewResult,
  after: PreviewResult,
): { worse: MatrixChange[]; better: MatrixChange[] } {
  const worse: MatrixChange[] = [];
  const better: MatrixChange[] = [];
  const old = new Map(before.scenarios.map((scenario) => [scenario.id, scenario]));
  for (const scenario of after.scenarios) {
    const previous = old.get(scenario.id);
    if (!previous) continue;
    const services = new Map(previous.services.map((service) => [service.id, service]));
    for (const service of scenario.services) {
      const was = services.get(service.id);
      if (!was || was.status === service.status) continue;
      const entry: MatrixChange = {
        scenario: scenario.id,
        subject: "service",
        id: service.id,
        before: was.status,
        after: service.status,
      };
      (STATUS_ORDER.indexOf(service.status) > STATUS_ORDER.indexOf(was.status) ? worse : better).push(entry);
    }
    const commitments = new Map(previous.commitments.map((commitment) => [commitment.id, commitment]));
    for (const commitment of scenario.commitments) {
      const was = commitments.get(commitment.id);
      if (!was || was.breached === commitment.breached) continue;
      const entry: MatrixChange = {
        scenario: scenario.id,
        subject: "commitment",
        id: commitment.id,
        before: was.breached ? "breached" : "kept",
        after: commitment.breached ? "breached" : "kept",
      };
      (commitment.breached ? worse : better).push(entry);
    }
  }
  return { worse, better };
}
