/**
 * The JSON of `relais preview --format json`'s scenarios, one scenario at a time, as parts to write one after the
 * other: byte for byte the scenario as it sits in the whole document. A service a scenario leaves untouched is the
 * same shared, deep-frozen result in every scenario (see `@relais/simulate`), so its text is serialised and encoded
 * once and the same bytes are written again for every scenario: in a matrix of 10,000 services that is most of a
 * document of hundreds of megabytes, and serialising it anew for each scenario was most of the time. The compact
 * form's `unaffected` ids are encoded once per id the same way.
 */
import type { ServiceResult } from "@relais/simulate";
import type { Parts } from "./json-stream";
import { indentOf, jsonAt } from "./json-text";

/** Where a scenario sits in the document: an item of its `scenarios` array. */
const SCENARIO_DEPTH = 2;
const MEMBER = indentOf(SCENARIO_DEPTH + 1);
const ITEM = indentOf(SCENARIO_DEPTH + 2);
/** What comes before every item of a member's array but the first. */
const SEPARATOR = `,\n${ITEM}`;

/** A serialiser of scenarios (a full `ScenarioResult`, or its compact form); keeps the bytes of what repeats. */
export function scenarioJsonParts(): (scenario: object) => Parts {
  // Each text is encoded with the separator before it; the first item of an array drops the comma.
  const services = new WeakMap<object, Buffer>();
  const ids = new Map<string, Buffer>();
  const repeated = (key: string, item: unknown): Buffer | undefined => {
    if (key === "unaffected" && typeof item === "string") return remembered(ids, item);
    if (key === "services" && typeof item === "object" && item !== null && Object.isFrozen(item)) {
      return remembered(services, item as ServiceResult);
    }
    return undefined;
  };
  return (scenario) => {
    const parts: Array<string | Buffer> = [];
    let pending = "{";
    let members = 0;
    for (const [key, value] of Object.entries(scenario)) {
      const array = (key === "services" || key === "unaffected") && Array.isArray(value) && value.length > 0;
      const text = array ? "[" : jsonAt(value, SCENARIO_DEPTH + 1);
      if (text === undefined) continue;
      pending += `${members++ === 0 ? "" : ","}\n${MEMBER}${JSON.stringify(key)}: ${text}`;
      if (!array) continue;
      for (const [index, item] of (value as unknown[]).entries()) {
        const bytes = repeated(key, item);
        if (bytes) {
          if (pending !== "") parts.push(pending);
          pending = "";
          parts.push(index === 0 ? bytes.subarray(1) : bytes);
        } else {
          pending += `${index === 0 ? `\n${ITEM}` : SEPARATOR}${jsonAt(item, SCENARIO_DEPTH + 2)}`;
        }
      }
      pending += `\n${MEMBER}]`;
    }
    parts.push(`${pending}${members === 0 ? "}" : `\n${indentOf(SCENARIO_DEPTH)}}`}`);
    return parts;
  };
}

/** The encoded text of an item with the separator before it, made the first time the item is met. */
function remembered<K extends object | string>(
  known: K extends object ? WeakMap<K, Buffer> | Map<K, Buffer> : Map<K, Buffer>,
  item: K,
): Buffer {
  let bytes = known.get(item as never);
  if (!bytes) {
    bytes = Buffer.from(`${SEPARATOR}${jsonAt(item, SCENARIO_DEPTH + 2)}`);
    known.set(item as never, bytes);
  }
  return bytes;
}
