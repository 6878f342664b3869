/**
 * The JSON of `relais preview --format json`'s scenarios, one scenario at a time, as encoded parts to write one after
 * the other: byte for byte the scenario as it sits in the whole document. A service a scenario leaves untouched is
 * the same shared, deep-frozen result in every scenario (see `@relais/simulate`), so its text is serialised and
 * encoded once and the same bytes are written again for every scenario: in a matrix of 10,000 services that is most
 * of a document of hundreds of megabytes, and serialising, joining and encoding it anew was most of the time.
 */
import type { ServiceResult } from "@relais/simulate";
import { indentOf, jsonAt } from "./json-text";

/** Where a scenario sits in the document: an item of its `scenarios` array. */
const SCENARIO_DEPTH = 2;
const MEMBER = indentOf(SCENARIO_DEPTH + 1);
const SERVICE = indentOf(SCENARIO_DEPTH + 2);
/** What comes before every service but the first. */
const SEPARATOR = `,\n${SERVICE}`;

/** A serialiser of scenarios (a full `ScenarioResult`, or its compact form): keeps the texts of shared services. */
export function scenarioJsonParts(): (scenario: object) => Buffer[] {
  // The separator and the text of each shared service, encoded once.
  const shared = new WeakMap<object, Buffer>();
  return (scenario) => {
    const parts: Buffer[] = [];
    let pending = "{";
    let members = 0;
    for (const [key, value] of Object.entries(scenario)) {
      const text = key === "services" ? "" : jsonAt(value, SCENARIO_DEPTH + 1);
      if (text === undefined) continue;
      pending += `${members++ === 0 ? "" : ","}\n${MEMBER}${JSON.stringify(key)}: ${text}`;
      if (key !== "services") continue;
      const services = value as readonly ServiceResult[];
      if (services.length === 0) {
        pending += "[]";
        continue;
      }
      pending += "[";
      for (const [index, service] of services.entries()) {
        let bytes = shared.get(service);
        if (!bytes && Object.isFrozen(service)) {
          bytes = Buffer.from(`${SEPARATOR}${jsonAt(service, SCENARIO_DEPTH + 2)}`);
          shared.set(service, bytes);
        }
        if (bytes) {
          if (pending !== "") parts.push(Buffer.from(pending));
          pending = "";
          parts.push(index === 0 ? bytes.subarray(1) : bytes);
        } else {
          pending += `${index === 0 ? `\n${SERVICE}` : SEPARATOR}${jsonAt(service, SCENARIO_DEPTH + 2)}`;
        }
      }
      pending += `\n${MEMBER}]`;
    }
    pending += members === 0 ? "}" : `\n${indentOf(SCENARIO_DEPTH)}}`;
    parts.push(Buffer.from(pending));
    return parts;
  };
}
