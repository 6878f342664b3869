/**
 * The results of a simulation: the contract between `@relais/simulate`, the CLI, the report and the program
 * preview. Serialised with `JSON.stringify`, a `PreviewResult` is exactly the documented `relais preview --format json`
 * shape (docs/preview.md), so the key order of every object built here is part of the contract.
 */
import type { FindingCodeFrom, ScenarioSpec, Severity } from "@relais/policy";

/** How a service comes out of a scenario, from best to worst. */
export type ServiceStatus = "unaffected" | "recovered" | "degraded" | "down";

/** The statuses from best to worst: the order "losing more never improves a status" is checked against. */
export const STATUS_ORDER: readonly ServiceStatus[] = ["unaffected", "recovered", "degraded", "down"];

/** The terms of an estimated recovery time, in seconds (the estimate model of docs/preview.md). */
export interface RtoBreakdown {
  detection: number;
  decision: number;
  switch: number;
  recovery: number;
  dependencies: number;
}

/** The names of the RTO terms, in the order they add up. */
export const RTO_TERMS: readonly (keyof RtoBreakdown)[] = [
  "detection",
  "decision",
  "switch",
  "recovery",
  "dependencies",
];

/** One service in one scenario. */
export interface ServiceResult {
  id: string;
  status: ServiceStatus;
  /** The sites that carry traffic before the scenario: the primary, or every site for active-active. */
  activeSites: string[];
  /** The first surviving site in `sites` order when the service failed over; null otherwise. */
  failoverSite: string | null;
  /** Seconds; `estimate` is null when the service is down. */
  rto: { estimate: number | null; target: number; breakdown: RtoBreakdown };
  /** Seconds; `estimate` is null when the service is down or keeps no copy of its data (`data.mode: none`). */
  rpo: { estimate: number | null; target: number };
  /** Why the service has this status, for people. Empty for a plain recovery. */
  reasons: string[];
}

/** A customer commitment in one scenario. */
export interface CommitmentResult {
  id: string;
  breached: boolean;
  reasons: string[];
}

/** Something a scenario reveals beyond service statuses (over-committed sites, people, roles without deputies). */
export interface ScenarioFinding {
  /** A code of the registry that scenarios may report (docs/rules.md, "Findings of a scenario"). */
  code: FindingCodeFrom<"scenario">;
  severity: Severity;
  message: string;
}

/** A step of the runbook: when (seconds after the event), what, and who does it. */
export interface RunbookStep {
  at: number;
  action: string;
  owner: string;
}

/** The outcome of one scenario. */
export interface ScenarioResult {
  id: string;
  kind: ScenarioSpec["kind"];
  /** What the scenario took out: sites in policy order, suppliers. */
  lost: { sites: string[]; suppliers: string[] };
  /** Every service, in policy order. */
  services: ServiceResult[];
  /** Every commitment, in policy order. */
  commitments: CommitmentResult[];
  findings: ScenarioFinding[];
  /** In time order. */
  runbook: RunbookStep[];
}

/** Counts over every scenario of a preview: service results by status, breached commitment results. */
export interface PreviewSummary {
  scenarios: number;
  down: number;
  degraded: number;
  recovered: number;
  commitmentsBreached: number;
}

/** The outcome of several scenarios on one policy: `relais preview --format json`. */
export interface PreviewResult {
  policy: string;
  scenarios: ScenarioResult[];
  summary: PreviewSummary;
}
