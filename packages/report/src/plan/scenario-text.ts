import { formatPercentage, type ScenarioSpec } from "@relais/policy";
import type { ScenarioResult, ServiceResult } from "@relais/simulate";
import { duration, listOrDash } from "../text/format";
import type { Tone } from "./model";

/** What a scenario takes out, in words: `sites gov-a, gov-b`, `40% of staff absent`. */
export function describeLoss(spec: ScenarioSpec | undefined, result: ScenarioResult): string {
  if (spec?.kind === "staff-unavailability") return `${formatPercentage(spec.absent)} of staff absent`;
  const parts: string[] = [];
  if (result.lost.sites.length > 0) parts.push(`sites ${result.lost.sites.join(", ")}`);
  if (result.lost.suppliers.length > 0) {
    const mode = spec?.kind === "supplier-loss" && spec.mode === "exit" ? " (exit)" : "";
    parts.push(`supplier ${result.lost.suppliers.join(", ")}${mode}`);
  }
  return listOrDash(parts);
}

/** The colour of a service status: unaffected grey, recovered green, degraded amber, down red. */
export function statusTone(status: ServiceResult["status"]): Tone {
  return { unaffected: "muted", recovered: "ok", degraded: "warn", down: "bad" }[status] as Tone;
}

/** A short cell text: `—` when unaffected, the RTO estimate when recovered or degraded (`degraded` at 0s), `down`. */
export function statusShort(service: ServiceResult): string {
  if (service.status === "unaffected") return "—";
  if (service.status === "down" || service.rto.estimate === null) return "down";
  if (service.status === "degraded" && service.rto.estimate === 0) return "degraded";
  return duration(service.rto.estimate);
}

/** The RTO estimate against its target: `5m30s / 15m`, `down / 15m`. */
export function rtoVersusTarget(service: ServiceResult): string {
  const estimate = service.rto.estimate === null ? "down" : duration(service.rto.estimate);
  return `${estimate} / ${duration(service.rto.target)}`;
}

/** The RPO estimate against its target: `30s / 1m`, `all since last copy / 1m`. */
export function rpoVersusTarget(service: ServiceResult): string {
  const estimate =
    service.rpo.estimate === null
      ? service.status === "down"
        ? "—"
        : "all since last copy"
      : duration(service.rpo.estimate);
  return `${estimate} / ${duration(service.rpo.target)}`;
}

/** A one-line explanation of a service's outcome, for tooltips. */
export function statusTitle(scenario: string, service: ServiceResult): string {
  const head = `${service.id} in ${scenario}: ${service.status}`;
  if (service.status === "unaffected") return head;
  const lines = [`${head}; RTO ${rtoVersusTarget(service)}; RPO ${rpoVersusTarget(service)}`];
  if (service.failoverSite) lines.push(`fails over to ${service.failoverSite}`);
  lines.push(...service.reasons);
  return lines.join("; ");
}
