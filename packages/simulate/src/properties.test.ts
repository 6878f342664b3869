import type { ContinuityPolicy } from "@relais/policy";
import fc from "fast-check";
import { runPreview } from "./preview";
import { scenarioMatrix } from "./scenarios/matrix";
import { simulate } from "./simulate";
import { policyArbitrary, policyInputArbitrary, stripUndefined } from "./testing/arbitraries";
import { type Input, parse } from "./testing/fixtures";
import { type PreviewResult, RTO_TERMS, STATUS_ORDER } from "./types";

const RUNS = { numRuns: 150 };

/** Every estimate of every service in every scenario, keyed `scenario/service/what`; null is +∞. */
function estimates(preview: PreviewResult): Map<string, number> {
  const values = new Map<string, number>();
  for (const scenario of preview.scenarios) {
    for (const service of scenario.services) {
      const key = `${scenario.id}/${service.id}`;
      values.set(`${key}/rto`, service.rto.estimate ?? Number.POSITIVE_INFINITY);
      values.set(`${key}/rpo`, service.rpo.estimate ?? Number.POSITIVE_INFINITY);
    }
  }
  return values;
}

const preview = (policy: ContinuityPolicy) => runPreview(policy, scenarioMatrix(policy));

describe("estimate properties", () => {
  it("never gives a negative estimate, term or runbook time", () => {
    fc.assert(
      fc.property(policyArbitrary(), (policy) => {
        for (const scenario of preview(policy).scenarios) {
          for (const service of scenario.services) {
            for (const value of [service.rto.estimate, service.rpo.estimate])
              expect(value ?? 0).toBeGreaterThanOrEqual(0);
            for (const term of RTO_TERMS) expect(service.rto.breakdown[term]).toBeGreaterThanOrEqual(0);
            if (service.rto.estimate !== null) {
              const sum = RTO_TERMS.reduce((total, term) => total + service.rto.breakdown[term], 0);
              expect(sum).toBe(service.rto.estimate);
            }
          }
          for (const step of scenario.runbook) expect(step.at).toBeGreaterThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });

  type Mutation = "interval" | "ttl" | "scaleUp" | "lag";

  /** Raises one service's field by `extra` seconds; returns false when the field does not apply. */
  function raise(input: Input, service: string, field: Mutation, extra: number): boolean {
    const spec = input.services[service];
    const plus = (text: string | undefined, fallback: number) =>
      `${(text ? Number.parseInt(text, 10) : fallback) + extra}s`;
    switch (field) {
      case "interval":
        spec.traffic.healthCheck.interval = plus(spec.traffic.healthCheck.interval, 30);
        return true;
      case "ttl":
        spec.traffic.ttl = plus(spec.traffic.ttl, spec.traffic.method === "manual" ? 0 : 60);
        return spec.traffic.method !== "load-balancer";
      case "scaleUp":
        spec.capacity.scaleUp = plus(spec.capacity.scaleUp, 300);
        return true;
      default:
        if (spec.data.mode !== "async-replication") return false;
        spec.data.lag = plus(spec.data.lag, 0);
        return true;
    }
  }

  it("never lowers an estimate when a health-check interval, TTL, scale-up time or lag grows", () => {
    fc.assert(
      fc.property(
        policyInputArbitrary(),
        fc.nat(),
        fc.constantFrom<Mutation>("interval", "ttl", "scaleUp", "lag"),
        fc.integer({ min: 1, max: 3600 }),
        (raw, pick, field, extra) => {
          const input = stripUndefined(raw);
          const services = Object.keys(input.services);
          const target = services[pick % services.length];
          const before = estimates(preview(parse(input)));
          const mutated = stripUndefined(input);
          fc.pre(raise(mutated, target, field, extra));
          const after = estimates(preview(parse(mutated)));
          for (const [key, value] of before)
            expect({ key, value: after.get(key)! >= value }).toEqual({ key, value: true });
        },
      ),
      RUNS,
    );
  });

  it("never improves a status when more sites are lost (sites without a capacity limit)", () => {
    fc.assert(
      fc.property(
        policyArbitrary({ withCapacity: false }),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        fc.nat(),
        (policy, inFirst, extra) => {
          const sites = Object.keys(policy.sites);
          const fewer = sites.filter((_, index) => inFirst[index]);
          const more = [...new Set([...fewer, sites[extra % sites.length]])];
          const rank = (lost: string[]) =>
            simulate(policy, { id: "loss", kind: "site-loss", sites: lost, causes: [] }).services.map((service) =>
              STATUS_ORDER.indexOf(service.status),
            );
          const before = rank(fewer);
          const after = rank(more);
          for (const [index, status] of before.entries()) {
            expect({ service: index, worse: after[index] >= status }).toEqual({ service: index, worse: true });
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it("gives the same bytes for the same policy, simulated twice or parsed twice", () => {
    fc.assert(
      fc.property(policyInputArbitrary(), (raw) => {
        const input = stripUndefined(raw);
        const first = JSON.stringify(preview(parse(input)));
        const policy = parse(stripUndefined(input));
        expect(JSON.stringify(preview(policy))).toBe(first);
        expect(JSON.stringify(preview(policy))).toBe(first);
      }),
      { numRuns: 60 },
    );
  });
});
