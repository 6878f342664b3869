import type { EngineEvent, StepEventMetadata } from "@pulumi/pulumi/automation";
import { type ChangeOp, type ChangeSet, compareChanges, type ResourceChange, summarise } from "../changes/change-set";
import type { PropertyChange } from "../changes/input-diff";
import type { JsonValue } from "../runner/protocol";

/**
 * How each engine step maps to a change. A replacement is reported by the engine as three steps
 * (`create-replacement`, `replace`, `delete-replaced`): only `replace` is counted. `same` counts as unchanged;
 * reads, refreshes and discards are not changes the evacuation makes.
 */
const OPS: Partial<Record<StepEventMetadata["op"], ChangeOp | "same">> = {
  same: "same",
  create: "create",
  import: "create",
  update: "update",
  replace: "replace",
  delete: "delete",
};

const STACK_TYPE = "pulumi:pulumi:Stack";

/**
 * Builds a change set from the events of a real `pulumi preview` (Automation API `onEvent`): one change per
 * resource pre-event, with each changed input taken from the step's `detailedDiff` (or `diffs`) and looked up in
 * its `old` and `new` inputs. Pure: tests replay recorded events.
 */
export function changeSetFromEngineEvents(
  events: readonly EngineEvent[],
  context: { stack: string; evacuate: string },
): ChangeSet {
  const changes: ResourceChange[] = [];
  const seen = new Set<string>();
  let same = 0;
  for (const event of events) {
    const metadata = event.resourcePreEvent?.metadata;
    if (!metadata || metadata.type === STACK_TYPE) continue;
    const op = OPS[metadata.op];
    if (op === undefined || seen.has(`${metadata.op}:${metadata.urn}`)) continue;
    seen.add(`${metadata.op}:${metadata.urn}`);
    if (op === "same") {
      same++;
      continue;
    }
    changes.push(changeOf(op, metadata));
  }
  changes.sort(compareChanges);
  return {
    engine: "pulumi",
    stack: context.stack,
    evacuate: context.evacuate,
    summary: summarise(changes, same),
    changes,
  };
}

function changeOf(op: ChangeOp, metadata: StepEventMetadata): ResourceChange {
  const identity = { urn: metadata.urn, type: metadata.type, name: nameOf(metadata.urn) };
  if (op === "create") return { ...identity, op, diffs: [], inputs: inputsOf(metadata.new) };
  if (op === "delete") return { ...identity, op, diffs: [], inputs: inputsOf(metadata.old) };
  const before = inputsOf(metadata.old);
  const after = inputsOf(metadata.new);
  const paths = metadata.detailedDiff ? Object.keys(metadata.detailedDiff) : (metadata.diffs ?? []);
  const diffs = [...paths].sort().map((path): PropertyChange => {
    const change: PropertyChange = { path };
    const old = valueAt(before, path);
    const next = valueAt(after, path);
    if (old !== undefined) change.old = old;
    if (next !== undefined) change.new = next;
    return change;
  });
  return { ...identity, op, diffs };
}

function inputsOf(state: StepEventMetadata["old"]): Record<string, JsonValue> {
  return (state?.inputs ?? {}) as Record<string, JsonValue>;
}

/** The last part of a URN is the resource's name. */
function nameOf(urn: string): string {
  return urn.slice(urn.lastIndexOf("::") + 2);
}

/** Reads a Pulumi property path (`a.b[0]`, `tags["relais:role"]`) in a value; undefined when absent. */
export function valueAt(value: JsonValue | undefined, path: string): JsonValue | undefined {
  let current: JsonValue | undefined = value;
  for (const segment of pathSegments(path)) {
    if (current === null || current === undefined || typeof current !== "object") return undefined;
    current = Array.isArray(current)
      ? typeof segment === "number"
        ? current[segment]
        : undefined
      : Object.hasOwn(current, String(segment))
        ? current[String(segment)]
        : undefined;
  }
  return current;
}

function pathSegments(path: string): Array<string | number> {
  const segments: Array<string | number> = [];
  const pattern = /\["((?:[^"\\]|\\.)*)"\]|\[(\d+)\]|\.?([^.[\]]+)/g;
  for (const match of path.matchAll(pattern)) {
    if (match[1] !== undefined) segments.push(JSON.parse(`"${match[1]}"`) as string);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push(match[3]);
  }
  return segments;
}
