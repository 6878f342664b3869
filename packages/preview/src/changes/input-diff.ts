import type { JsonValue } from "../runner/protocol";

/** One changed input: its path (`failoverRoutingPolicies[0].type`) and both values; a missing side is absent. */
export interface PropertyChange {
  path: string;
  old?: JsonValue;
  new?: JsonValue;
}

/**
 * The inputs that differ between two versions of a resource, deepest first-differing paths, in key order (old keys,
 * then keys only the new version has). Arrays of equal length are compared item by item; an array that changed
 * length is one change.
 */
export function diffInputs(
  before: Record<string, JsonValue>,
  after: Record<string, JsonValue>,
  prefix = "",
): PropertyChange[] {
  const changes: PropertyChange[] = [];
  const keys = [...Object.keys(before), ...Object.keys(after).filter((key) => !Object.hasOwn(before, key))];
  for (const key of keys) {
    const path = propertyPath(prefix, key);
    diffValue(
      Object.hasOwn(before, key) ? before[key] : undefined,
      Object.hasOwn(after, key) ? after[key] : undefined,
      path,
      changes,
    );
  }
  return changes;
}

function diffValue(
  before: JsonValue | undefined,
  after: JsonValue | undefined,
  path: string,
  changes: PropertyChange[],
) {
  if (isRecord(before) && isRecord(after)) {
    changes.push(...diffInputs(before, after, path));
  } else if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    for (const [index, item] of before.entries()) diffValue(item, after[index], `${path}[${index}]`, changes);
  } else if (!sameValue(before, after)) {
    const change: PropertyChange = { path };
    if (before !== undefined) change.old = before;
    if (after !== undefined) change.new = after;
    changes.push(change);
  }
}

function isRecord(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function sameValue(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b));
}

/** Pulumi's property path syntax: `a.b[0]`, and `tags["relais:role"]` for keys that are not plain names. */
function propertyPath(prefix: string, key: string): string {
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${prefix}[${JSON.stringify(key)}]`;
  return prefix === "" ? key : `${prefix}.${key}`;
}
