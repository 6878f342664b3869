import { jsonAt } from "./json-text";
import { scenarioJsonParts } from "./scenario-json";

/** The scenario's text as `JSON.stringify` prints it inside the preview document (an item of `scenarios`). */
function inDocument(scenario: object): string {
  const whole = JSON.stringify({ scenarios: [scenario] }, null, 2);
  return whole.slice(whole.indexOf("[") + 6, whole.lastIndexOf("]") - 3);
}

function text(parts: ReadonlyArray<string | Uint8Array>): string {
  return parts.map((part) => (typeof part === "string" ? part : Buffer.from(part).toString("utf8"))).join("");
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) if (typeof child === "object" && child !== null) deepFreeze(child);
  return Object.freeze(value);
}

const untouched = deepFreeze({
  id: "ledger",
  status: "unaffected",
  activeSites: ["paris-a"],
  failoverSite: null,
  rto: { estimate: 0, target: 900, breakdown: { detection: 0, decision: 0, switch: 0, recovery: 0, dependencies: 0 } },
  rpo: { estimate: 0, target: 60 },
  reasons: [],
});

function scenario(id: string, services: object[]): object {
  return {
    id,
    kind: "site-loss",
    lost: { sites: ["paris-b"], suppliers: [] },
    services,
    commitments: [{ id: "gold", breached: false }],
    findings: [],
    runbook: [{ at: 0, action: "Site loss: paris-b — line one\nline two « é »", owner: "crisis-director" }],
  };
}

describe("the preview JSON of one scenario, in parts", () => {
  it("puts a value's lines at the depth it sits at, line breaks inside strings included", () => {
    const value = { reasons: ["a\nb", "ü"], empty: [], none: {} };
    const whole = JSON.stringify({ a: { b: value } }, null, 2);
    expect(whole).toContain(`"b": ${jsonAt(value, 2)}`);
    expect(jsonAt(undefined, 3)).toBeUndefined();
  });

  it("is byte for byte the scenario of the whole document, shared services first, last or alone", () => {
    const serialise = scenarioJsonParts();
    const touched = { ...untouched, id: "payments", status: "recovered", reasons: ["waits for ledger"] };
    for (const services of [[untouched, touched], [touched, untouched, untouched], [untouched], [touched], []]) {
      const one = scenario("site-loss:paris-b", services);
      expect(text(serialise(one))).toBe(inDocument(one));
    }
  });

  it("serialises a shared service once and writes the same bytes in every scenario", () => {
    const serialise = scenarioJsonParts();
    const first = serialise(scenario("one", [untouched, untouched]));
    const second = serialise(scenario("two", [{ ...untouched, id: "other" }, untouched]));
    const bytes = first.filter((part) => typeof part !== "string");
    expect(bytes).toHaveLength(2);
    expect(second).toContain(bytes[1]);
  });

  it("writes the compact form's untouched ids as the whole document would", () => {
    const serialise = scenarioJsonParts();
    const { services, ...rest } = scenario("compact", []) as { services: object[] };
    const touched = { ...untouched, id: "payments", status: "recovered", reasons: ["waits for ledger"] };
    for (const unaffected of [["ledger", "billing \u001b[2J"], ["ledger"], []])
      for (const listed of [services, [touched]]) {
        const compact = { ...rest, services: listed, unaffected };
        expect(text(serialise(compact))).toBe(inDocument(compact));
      }
    // An id repeated across scenarios is written from the text made the first time, byte for byte.
    const again = { ...rest, services, unaffected: ["billing \u001b[2J", "ledger"] };
    expect(text(serialise(again))).toBe(inDocument(again));
  });
});
