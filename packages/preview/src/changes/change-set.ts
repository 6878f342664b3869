import type { CapturedResource, JsonValue } from "../runner/protocol";
import { diffInputs, type PropertyChange } from "./input-diff";

export type ChangeOp = "create" | "update" | "replace" | "delete";

/** One resource the evacuation would change. */
export interface ResourceChange {
  op: ChangeOp;
  urn: string;
  type: string;
  name: string;
  /** For updates and replacements: each changed input, `old → new`. */
  diffs: PropertyChange[];
  /** For creates and deletes: the resource's inputs. */
  inputs?: Record<string, JsonValue>;
}

export interface ChangeSummary {
  create: number;
  update: number;
  replace: number;
  delete: number;
  /** Resources left as they are. */
  same: number;
}

/** The resource changes of a planned evacuation, as `pulumi preview --diff` would list them. */
export interface ChangeSet {
  /** `mock`: two offline runs compared; `pulumi`: a real `pulumi preview` through the Automation API. */
  engine: "mock" | "pulumi";
  stack: string;
  /** The site evacuated (`relais:evacuate`). */
  evacuate: string;
  summary: ChangeSummary;
  /** Sorted by resource name, then type. */
  changes: ResourceChange[];
}

/** The root stack resource is the same in both runs and never a change. */
const STACK_TYPE = "pulumi:pulumi:Stack";

/**
 * Compares two captured runs of a program, keyed by URN: what the second run adds (create), drops (delete) and
 * registers with other inputs, parent or provider (update, with each changed input). Pure.
 */
export function diffCaptures(
  before: readonly CapturedResource[],
  after: readonly CapturedResource[],
): { changes: ResourceChange[]; summary: ChangeSummary } {
  const old = new Map(before.filter(tracked).map((resource) => [resource.urn, resource]));
  const changes: ResourceChange[] = [];
  let same = 0;
  for (const resource of after.filter(tracked)) {
    const previous = old.get(resource.urn);
    old.delete(resource.urn);
    if (!previous) {
      changes.push({ ...identity(resource), op: "create", diffs: [], inputs: resource.inputs });
      continue;
    }
    const diffs = [...diffInputs(previous.inputs, resource.inputs), ...linkChanges(previous, resource)];
    if (diffs.length === 0) same++;
    else changes.push({ ...identity(resource), op: "update", diffs });
  }
  for (const resource of old.values()) {
    changes.push({ ...identity(resource), op: "delete", diffs: [], inputs: resource.inputs });
  }
  changes.sort(compareChanges);
  return { changes, summary: summarise(changes, same) };
}

/** Counts changes by operation. */
export function summarise(changes: readonly ResourceChange[], same: number): ChangeSummary {
  const summary: ChangeSummary = { create: 0, update: 0, replace: 0, delete: 0, same };
  for (const change of changes) summary[change.op]++;
  return summary;
}

/** Orders changes by resource name, then type, then URN: stable output whatever order the program registered in. */
export function compareChanges(a: ResourceChange, b: ResourceChange): number {
  return compare(a.name, b.name) || compare(a.type, b.type) || compare(a.urn, b.urn);
}

function tracked(resource: CapturedResource): boolean {
  return resource.type !== STACK_TYPE;
}

function identity(resource: CapturedResource) {
  return { urn: resource.urn, type: resource.type, name: resource.name };
}

/** A resource moved to another parent or provider is an update too (the engine may replace it). */
function linkChanges(before: CapturedResource, after: CapturedResource): PropertyChange[] {
  const changes: PropertyChange[] = [];
  if (before.provider !== after.provider) {
    changes.push({ path: "(provider)", old: shortUrn(before.provider), new: shortUrn(after.provider) });
  }
  return changes;
}

function shortUrn(urn: string | null): JsonValue {
  return urn === null ? null : (urn.split("::").pop() ?? urn);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
