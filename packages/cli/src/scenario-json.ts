/**
 * The JSON of `relais preview --format json`'s scenarios, one scenario at a time, as parts to write one after the
 * other: byte for byte the scenario as it sits in the whole document. A service a scenario leaves untouched is the
 * same shared, deep-frozen result in every scenario (see `@relais/simulate`), so its text is serialised and encoded
 * once and the same bytes are written again for every scenario: in a matrix of 10,000 services that is most of a
 * document of hundreds of megabytes, and serialising it anew for each scenario was most of the time. A scenario
 * without shared services is serialised whole, which is faster for it; the compact form's ids of untouched services
 * are serialised once each, as they repeat in every scenario too.
 */

import { indentOf, jsonAt } from "./json-text";
import type { Parts } from "./parts";

/** Where a scenario sits in the document: an item of its `scenarios` array. */
const SCENARIO_DEPTH = 2;
const MEMBER = indentOf(SCENARIO_DEPTH + 1);
const ITEM = indentOf(SCENARIO_DEPTH + 2);
/** What comes before every item of a member's array but the first. */
const SEPARATOR = `,\n${ITEM}`;

/** A serialiser of scenarios (a full `ScenarioResult`, or its compact form); keeps the bytes of shared services. */
export function scenarioJsonParts(): (scenario: object) => Parts {
  // Each service's text is encoded with the separator before it; the first service of a scenario drops the comma.
  const shared = new WeakMap<object, Buffer>();
  const bytesOf = (service: object): Buffer => {
    let bytes = shared.get(service);
    if (!bytes) {
      bytes = Buffer.from(`${SEPARATOR}${jsonAt(service, SCENARIO_DEPTH + 2)}`);
      shared.set(service, bytes);
    }
    return bytes;
  };
  // The compact form's `unaffected` lists most service ids in every scenario: each id's text is made once.
  const idTexts = new Map<string, string>();
  const idText = (id: string): string => {
    let text = idTexts.get(id);
    if (text === undefined) {
      text = `${SEPARATOR}${JSON.stringify(id)}`;
      idTexts.set(id, text);
    }
    return text;
  };
  return (scenario) => {
    const services = (scenario as { services?: unknown }).services;
    const unaffected = (scenario as { unaffected?: unknown }).unaffected;
    const hasShared = Array.isArray(services) && services.some(isShared);
    if (!hasShared && !isIdList(unaffected)) return [jsonAt(scenario, SCENARIO_DEPTH) as string];
    // Texts are kept as parts rather than joined: joining builds a string the encoder must first flatten.
    const parts: Array<string | Buffer> = ["{"];
    let members = 0;
    for (const [key, value] of Object.entries(scenario)) {
      const listed =
        key === "services" && hasShared ? "services" : key === "unaffected" && isIdList(value) ? "ids" : "";
      const text = listed !== "" ? "[" : jsonAt(value, SCENARIO_DEPTH + 1);
      if (text === undefined) continue;
      parts.push(`${members++ === 0 ? "" : ","}\n${MEMBER}${JSON.stringify(key)}: `, text);
      if (listed === "ids") {
        const ids = value as string[];
        if (ids.length === 0) {
          parts.push("]");
          continue;
        }
        parts.push(`\n${ITEM}${JSON.stringify(ids[0])}`);
        for (let index = 1; index < ids.length; index++) parts.push(idText(ids[index]));
        parts.push(`\n${MEMBER}]`);
        continue;
      }
      if (listed !== "services") continue;
      const list = services as unknown[];
      // An indexed loop: an entries() iterator makes a pair per service, garbage by the million in a large matrix.
      for (let index = 0; index < list.length; index++) {
        const service = list[index];
        if (isShared(service)) {
          const bytes = bytesOf(service);
          parts.push(index === 0 ? bytes.subarray(1) : bytes);
        } else {
          // As in any JSON array, an item JSON leaves out elsewhere is written null.
          parts.push(index === 0 ? `\n${ITEM}` : SEPARATOR, jsonAt(service, SCENARIO_DEPTH + 2) ?? "null");
        }
      }
      parts.push(`\n${MEMBER}]`);
    }
    parts.push(`\n${indentOf(SCENARIO_DEPTH)}}`);
    return parts;
  };
}

/** The compact form's list of untouched services: ids only. */
function isIdList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/** A service result shared by every scenario that leaves it untouched: deep-frozen, so its text never changes. */
function isShared(service: unknown): service is object {
  return typeof service === "object" && service !== null && Object.isFrozen(service);
}
