import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EngineEvent } from "@pulumi/pulumi/automation";
import { changeSetFromEngineEvents, valueAt } from "./engine-events";

/** Engine events as `stack.preview({ onEvent })` delivers them, written from Pulumi's event schema (events.d.ts). */
function recorded(name: string): EngineEvent[] {
  return JSON.parse(readFileSync(join(__dirname, "..", "testing", "engine-events", `${name}.json`), "utf8"));
}

describe("changeSetFromEngineEvents", () => {
  const set = changeSetFromEngineEvents(recorded("evacuate-gov-a"), { stack: "dev", evacuate: "gov-a" });

  it("turns resource pre-events into creates, updates, replacements and deletes", () => {
    expect(set.engine).toBe("pulumi");
    expect(set.summary).toEqual({ create: 1, update: 2, replace: 1, delete: 1, same: 2 });
    expect(set.changes.map((change) => [change.op, change.name])).toEqual([
      ["create", "erp-evacuation-notice"],
      ["update", "erp-gov-b-asg"],
      ["replace", "erp-gov-b-lt"],
      ["delete", "erp-onprem-alarm"],
      ["update", "erp-onprem-record"],
    ]);
  });

  it("takes each changed input from detailedDiff and reads old and new values at its path", () => {
    const asg = set.changes.find((change) => change.name === "erp-gov-b-asg")!;
    expect(asg.diffs).toEqual([
      { path: "desiredCapacity", old: 1, new: 4 },
      { path: "minSize", old: 1, new: 4 },
      { path: "tags[0].value", old: "standby", new: "primary" },
    ]);
    const record = set.changes.find((change) => change.name === "erp-onprem-record")!;
    expect(record.diffs).toEqual([
      { path: "failoverRoutingPolicies[0].type", old: "PRIMARY", new: "SECONDARY" },
      { path: 'tags["relais:role"]', old: "primary", new: "standby" },
    ]);
    const template = set.changes.find((change) => change.name === "erp-gov-b-lt")!;
    expect(template.diffs).toEqual([{ path: "imageId", old: "ami-0a1b", new: "ami-0c3d" }]);
  });

  it("keeps the inputs of created and deleted resources", () => {
    expect(set.changes.find((change) => change.op === "create")?.inputs).toEqual({ name: "erp-evacuation-notice" });
    expect(set.changes.find((change) => change.op === "delete")?.inputs).toEqual({
      threshold: 1,
      metricName: "HealthCheckStatus",
    });
  });

  it("falls back to diffs when the engine sends no detailedDiff", () => {
    const events = recorded("evacuate-gov-a").map((event) => {
      const metadata = event.resourcePreEvent?.metadata;
      if (metadata?.op === "update")
        return { ...event, resourcePreEvent: { metadata: { ...metadata, detailedDiff: undefined } } };
      return event;
    });
    const { changes } = changeSetFromEngineEvents(events, { stack: "dev", evacuate: "gov-a" });
    const asg = changes.find((change) => change.name === "erp-gov-b-asg")!;
    expect(asg.diffs.map((diff) => diff.path)).toEqual(["desiredCapacity", "minSize", "tags"]);
    expect(asg.diffs[2]).toEqual({
      path: "tags",
      old: [{ key: "relais:role", value: "standby", propagateAtLaunch: true }],
      new: [{ key: "relais:role", value: "primary", propagateAtLaunch: true }],
    });
  });

  it("gives an empty change set when the engine plans no change", () => {
    const empty = changeSetFromEngineEvents(recorded("no-change"), { stack: "dev", evacuate: "gov-a" });
    expect(empty.changes).toEqual([]);
    expect(empty.summary).toEqual({ create: 0, update: 0, replace: 0, delete: 0, same: 2 });
  });
});

describe("valueAt", () => {
  it("reads Pulumi property paths", () => {
    const value = { a: { b: [{ c: 1 }] }, tags: { "relais:role": "primary", 'q"uote': 2 } };
    expect(valueAt(value, "a.b[0].c")).toBe(1);
    expect(valueAt(value, 'tags["relais:role"]')).toBe("primary");
    expect(valueAt(value, 'tags["q\\"uote"]')).toBe(2);
    expect(valueAt(value, "a.missing.x")).toBeUndefined();
    expect(valueAt(value, "a.b.c")).toBeUndefined();
  });
});
