import type { JsonValue } from "./protocol";

/** The marker Pulumi uses for a value not known during a preview. */
const PULUMI_UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const MAX_DEPTH = 32;

/**
 * Turns a deserialised Pulumi property value into plain JSON: `undefined` properties are left out, unknowns become
 * `"[unknown]"`, resources and outputs (which cannot be read synchronously) become markers, keys starting with `__`
 * (Pulumi's `__defaults` bookkeeping) are dropped. Object keys keep their order.
 */
export function toJsonValue(value: unknown, depth = 0): JsonValue {
  if (value === null || value === undefined) return null;
  if (value === PULUMI_UNKNOWN) return "[unknown]";
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value : String(value);
    case "bigint":
      return value.toString();
    case "function":
    case "symbol":
      return null;
  }
  if (depth >= MAX_DEPTH) return "[too deep]";
  if (Array.isArray(value)) return value.map((item) => toJsonValue(item, depth + 1));
  const record = value as Record<string, unknown>;
  if (record.__pulumiResource === true) return "[resource]";
  if (record.__pulumiOutput === true) return "[output]";
  if (value instanceof Date) return value.toISOString();
  const result: Record<string, JsonValue> = {};
  for (const [key, item] of Object.entries(record)) {
    if (key.startsWith("__") || item === undefined || typeof item === "function") continue;
    result[key] = toJsonValue(item, depth + 1);
  }
  return result;
}
