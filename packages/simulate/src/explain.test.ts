import { InputError } from "@relais/policy";
import { examplePolicyText } from "@relais/test-support";
import { parse as parseYaml } from "yaml";
import { explainService } from "./explain";
import { findScenario, scenarioMatrix } from "./scenarios/matrix";
import { simulate } from "./simulate";
import { parse } from "./testing/fixtures";

const example = () => parse(parseYaml(examplePolicyText()));

describe("explainService", () => {
  it("gives each term of payments-api's failover with its value, formula and policy path", () => {
    const policy = example();
    const explanation = explainService(policy, findScenario(policy, "site-loss:gov-a")!, "payments-api");
    expect(explanation).toMatchObject({
      scenario: "site-loss:gov-a",
      service: "payments-api",
      status: "recovered",
      failoverSite: "gov-b",
      rto: { estimate: 330, target: 900, source: "tiers.critical.rto" },
      rpo: {
        estimate: 30,
        target: 60,
        formula: "lag 30s (async-replication)",
        source: "services.payments-api.data.lag",
      },
    });
    expect(explanation.terms).toEqual([
      {
        term: "detection",
        seconds: 30,
        formula: "interval 10s × failureThreshold 3",
        source: "services.payments-api.traffic.healthCheck",
      },
      { term: "decision", seconds: 0, formula: "0 for dns-failover", source: "services.payments-api.traffic.method" },
      { term: "switch", seconds: 60, formula: "ttl 1m (dns-failover)", source: "services.payments-api.traffic.ttl" },
      {
        term: "recovery",
        seconds: 240,
        formula: "standby 2 < required 8: scaleUp 4m",
        source: "services.payments-api.capacity",
      },
      {
        term: "dependencies",
        seconds: 0,
        formula: "max(0, T_dep 20s (RTO of hard dependency ledger-db) − own 5m30s)",
        source: "services.payments-api.dependsOn → services.ledger-db",
      },
    ]);
  });

  it("explains a manual backup restore, a supplier wait and an active-active recovery", () => {
    const policy = example();
    const settlement = explainService(policy, findScenario(policy, "site-loss:dc-velizy")!, "legacy-settlement");
    expect(settlement.terms.map((term) => [term.seconds, term.formula, term.source])).toEqual([
      [90, "interval 30s × failureThreshold 3", "services.legacy-settlement.traffic.healthCheck"],
      [1800, "crisisCell.assembleWithin 30m (manual failover)", "crisisCell.assembleWithin"],
      [0, "0: manual without a ttl", "services.legacy-settlement.traffic"],
      [
        8400,
        "restoreTime 2h + scaleUp 20m (backup-restore)",
        "services.legacy-settlement.data.restoreTime, services.legacy-settlement.capacity.scaleUp",
      ],
      [0, "0: no hard dependency is impacted", "services.legacy-settlement.dependsOn"],
    ]);
    const waiting = explainService(policy, findScenario(policy, "card-network-exit")!, "payments-api");
    expect(waiting.terms[4]).toEqual({
      term: "dependencies",
      seconds: 14_400,
      formula: "T_dep 4h (hard supplier card-network back after its switchover)",
      source: "suppliers.card-network.switchover",
    });
    expect(waiting.terms[0].formula).toBe("0: its own active sites are not lost");
    const ledger = explainService(policy, findScenario(policy, "gov-zone-a-loss")!, "ledger-db");
    expect(ledger.terms[3].formula).toBe("standby 6 × 1 surviving active site = 6 ≥ required 6: 0");
  });

  it("explains the recovery term against the tier's mbco, as the model judged it", () => {
    const input = parseYaml(examplePolicyText());
    input.tiers.critical.mbco = "25%";
    const policy = parse(input);
    const recovery = explainService(policy, findScenario(policy, "site-loss:gov-a")!, "payments-api").terms[3];
    expect(recovery).toEqual({
      term: "recovery",
      seconds: 0,
      formula: "standby 2 ≥ mbco 25% × required 8: 0",
      source: "services.payments-api.capacity, tiers.critical.mbco",
    });
  });

  it("adds up to the estimate for every service of every scenario of the example matrix", () => {
    const policy = example();
    for (const scenario of scenarioMatrix(policy)) {
      const result = simulate(policy, scenario);
      for (const service of result.services) {
        const explanation = explainService(policy, scenario, service.id);
        const sum = explanation.terms.reduce((total, term) => total + term.seconds, 0);
        expect(explanation.rto.estimate).toBe(service.rto.estimate);
        if (service.rto.estimate !== null) expect(sum).toBe(service.rto.estimate);
        expect(explanation.status).toBe(service.status);
      }
    }
  });

  it("refuses an unknown service with a suggestion", () => {
    const policy = example();
    const scenario = findScenario(policy, "gov-zone-a-loss")!;
    expect(() => explainService(policy, scenario, "payment-api")).toThrow(InputError);
    try {
      explainService(policy, scenario, "payment-api");
    } catch (error) {
      expect((error as InputError).message).toBe('policy acme-payments has no service "payment-api"');
      expect((error as InputError).hint).toBe("did you mean payments-api?");
    }
  });
});
