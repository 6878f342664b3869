/** The own recovery-time terms of a service (the estimate model of docs/preview.md), in seconds. */
import { basisPoints, type CrisisCellSpec, type ServiceSpec } from "@relais/policy";

/** `detection = healthCheck.interval × healthCheck.failureThreshold` (defaults 30s × 3). */
export function detectionSeconds(service: ServiceSpec): number {
  return service.traffic.healthCheck.interval * service.traffic.healthCheck.failureThreshold;
}

/** `decision`: 0 for automatic methods; `crisisCell.assembleWithin` for `manual` (0 without a crisis cell). */
export function decisionSeconds(service: ServiceSpec, crisisCell: CrisisCellSpec | undefined): number {
  return service.traffic.method === "manual" ? (crisisCell?.assembleWithin ?? 0) : 0;
}

/** `switch`: `ttl` for DNS methods, 0 for `load-balancer`, `ttl` if set else 0 for `manual`. */
export function switchSeconds(service: ServiceSpec): number {
  switch (service.traffic.method) {
    case "dns-failover":
    case "dns-weighted":
      return service.traffic.ttl ?? 60;
    case "load-balancer":
      return 0;
    default:
      return service.traffic.ttl ?? 0;
  }
}

/**
 * `recovery`: active-active 0 if `standby × surviving active sites ≥ mbco × required`, else `scaleUp`; warm-standby 0
 * if `standby ≥ mbco × required`, else `scaleUp`; pilot-light `scaleUp`; backup-restore `data.restoreTime + scaleUp`.
 * `mbco` is the tier's minimum business continuity objective (1 when not set), compared exactly in basis points.
 */
export function recoverySeconds(service: ServiceSpec, survivingActiveSites: number, mbco = 1): number {
  const { required, standby, scaleUp } = service.capacity;
  // running ≥ mbco × required, in integers: running × 10 000 ≥ mbco(bp) × required.
  const enough = (running: number) => running * 10_000 >= basisPoints(mbco) * required;
  switch (service.strategy) {
    case "active-active":
      return enough(standby * survivingActiveSites) ? 0 : scaleUp;
    case "warm-standby":
      return enough(standby) ? 0 : scaleUp;
    case "pilot-light":
      return scaleUp;
    default:
      return (service.data.mode === "backup" ? (service.data.restoreTime ?? 0) : 0) + scaleUp;
  }
}
