/** The four readiness checks, in the order they appear under each site. */
export const CHECK_NAMES = ["zones-available", "image-present", "standby-running", "snapshot-fresh"] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

/** `unknown` is not ready: the check could not tell (an error, a timeout, the deadline). */
export type CheckStatus = "ready" | "not-ready" | "unknown";

/**
 * One check's verdict. `expected` and `actual` are the values compared, in the check's unit: a zone or image state
 * (`"available"`), an instance count, or a snapshot age in seconds. `actual` is null when nothing was observed.
 */
export interface CheckResult {
  check: CheckName;
  /** The service the check is about, or null for a site-wide check (`zones-available`). */
  service: string | null;
  status: CheckStatus;
  /** What was found and, when not ready, what to do: written for a person. */
  reason: string;
  expected: string | number | null;
  actual: string | number | null;
}

export interface SiteReport {
  site: string;
  /** The EC2-compatible endpoint the site's checks were sent to. */
  endpoint: string;
  checks: CheckResult[];
}

export interface CheckSummary {
  ready: number;
  notReady: number;
  unknown: number;
}

/** `relais check --format json` (docs/check.md). */
export interface CheckReport {
  sites: SiteReport[];
  summary: CheckSummary;
}

/** The result with its fields in the documented order (`check`, `service`, `status`, `reason`, `expected`, `actual`). */
export function orderedResult(result: CheckResult): CheckResult {
  const { check, service, status, reason, expected, actual } = result;
  return { check, service, status, reason, expected, actual };
}

/** Counts the results of every site. */
export function summarise(sites: readonly SiteReport[]): CheckSummary {
  const summary: CheckSummary = { ready: 0, notReady: 0, unknown: 0 };
  for (const site of sites) {
    for (const result of site.checks) {
      if (result.status === "ready") summary.ready += 1;
      else if (result.status === "not-ready") summary.notReady += 1;
      else summary.unknown += 1;
    }
  }
  return summary;
}

/** True only when every check is ready (an empty report is ready: there was nothing to check). */
export function allReady(report: CheckReport): boolean {
  return report.summary.notReady === 0 && report.summary.unknown === 0;
}
