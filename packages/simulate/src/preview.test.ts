import { examplePolicyText } from "@relais/test-support";
import { parse as parseYaml } from "yaml";
import { allRecovered, runPreview, summarise } from "./preview";
import { findScenario, scenarioMatrix } from "./scenarios/matrix";
import { simulate } from "./simulate";
import { parse } from "./testing/fixtures";

const example = () => parse(parseYaml(examplePolicyText()));

describe("runPreview", () => {
  it("gives the documented JSON shape for the loss of gov-a", () => {
    const policy = example();
    const preview = runPreview(policy, [findScenario(policy, "site-loss:gov-a")!]);
    const json = JSON.parse(JSON.stringify(preview));
    expect(Object.keys(json)).toEqual(["policy", "scenarios", "summary"]);
    expect(json.policy).toBe("acme-payments");
    const [scenario] = json.scenarios;
    expect(Object.keys(scenario)).toEqual(["id", "kind", "lost", "services", "commitments", "findings", "runbook"]);
    expect(scenario).toMatchObject({
      id: "site-loss:gov-a",
      kind: "site-loss",
      lost: { sites: ["gov-a"], suppliers: [] },
    });
    expect(scenario.services[0]).toEqual({
      id: "payments-api",
      status: "recovered",
      activeSites: ["gov-a"],
      failoverSite: "gov-b",
      rto: {
        estimate: 330,
        target: 900,
        breakdown: { detection: 30, decision: 0, switch: 60, recovery: 240, dependencies: 0 },
      },
      rpo: { estimate: 30, target: 60 },
      reasons: [],
    });
    expect(scenario.services.map((s: { id: string }) => s.id)).toEqual(Object.keys(policy.services));
    expect(scenario.commitments).toEqual([
      { id: "merchant-sla", breached: false, reasons: [] },
      { id: "portal-availability", breached: false, reasons: [] },
    ]);
    expect(Object.keys(scenario.runbook[0])).toEqual(["at", "action", "owner"]);
    expect(json.summary).toEqual({ scenarios: 1, down: 0, degraded: 0, recovered: 3, commitmentsBreached: 0 });
  });

  it("sums statuses and breaches over every scenario of the example matrix", () => {
    const policy = example();
    const preview = runPreview(policy, scenarioMatrix(policy));
    expect(preview.summary).toEqual({ scenarios: 13, down: 6, degraded: 5, recovered: 12, commitmentsBreached: 5 });
    expect(preview.scenarios.filter((s) => !allRecovered(s)).map((s) => s.id)).toEqual([
      "gov-region-loss",
      "outscale-outage",
      "card-network-exit",
      "pandemic-wave",
    ]);
  });

  it("counts nothing for an empty list of scenarios", () => {
    expect(summarise([])).toEqual({ scenarios: 0, down: 0, degraded: 0, recovered: 0, commitmentsBreached: 0 });
  });

  it("is byte-for-byte deterministic, on the same and on an equal policy object", () => {
    const policy = example();
    const first = JSON.stringify(runPreview(policy, scenarioMatrix(policy)));
    expect(JSON.stringify(runPreview(policy, scenarioMatrix(policy)))).toBe(first);
    const copy = example();
    expect(JSON.stringify(runPreview(copy, scenarioMatrix(copy)))).toBe(first);
  });

  it("hands out read-only results: shared parts are frozen, fresh parts are not shared", () => {
    const policy = example();
    const scenario = findScenario(policy, "gov-zone-a-loss")!;
    const first = simulate(policy, scenario);
    const [payments, , fraud] = first.services;
    expect(fraud.status).toBe("unaffected");
    expect(Object.isFrozen(fraud) && Object.isFrozen(fraud.rto.breakdown) && Object.isFrozen(fraud.reasons)).toBe(true);
    expect(() => payments.activeSites.push("tampered")).toThrow(TypeError);
    payments.reasons.push("tampered");
    expect(simulate(policy, scenario).services[0]).toMatchObject({ activeSites: ["gov-a"], reasons: [] });
  });
});
