/**
 * Small policies for the estimate tests, written as in YAML so every default goes through the schema. Three Outscale
 * zones (a, b, c) in eu-west-2, an AWS site (d), an office (hq); tiers critical (15m / 1m / 4h) and standard
 * (1d / 1d / 5d); a crisis cell that assembles in 30m.
 */
import { type ContinuityPolicy, type ScenarioSpec, validatePolicy } from "@relais/policy";

/** A policy fragment as written in YAML; tests edit it deeply, so it is loosely typed on purpose. */
// biome-ignore lint/suspicious/noExplicitAny: YAML-shaped test input that tests reach into and edit
export type Input = Record<string, any>;

/** A service as written in YAML, warm-standby on [a, b], with every field set and `overrides` merged on top. */
export function service(overrides: Input = {}): Input {
  return {
    tier: "critical",
    owner: "team-x",
    strategy: "warm-standby",
    sites: ["a", "b"],
    capacity: { required: 4, standby: 1, scaleUp: "4m" },
    traffic: { method: "dns-failover", healthCheck: { interval: "10s", failureThreshold: 3 }, ttl: "60s" },
    data: { mode: "async-replication", lag: "30s" },
    ...overrides,
  };
}

/** The base policy input with the given services and any top-level sections replaced. */
export function policyInput(services: Record<string, Input>, sections: Input = {}): Input {
  return {
    apiVersion: "relais/v1",
    kind: "ContinuityPolicy",
    metadata: { name: "fixture", owner: "ops@example.com" },
    tiers: {
      critical: { rto: "15m", rpo: "1m", mtpd: "4h" },
      standard: { rto: "1d", rpo: "1d", mtpd: "5d" },
    },
    sites: {
      a: { provider: "outscale", region: "eu-west-2", zone: "eu-west-2a", jurisdiction: "FR" },
      b: { provider: "outscale", region: "eu-west-2", zone: "eu-west-2b", jurisdiction: "FR" },
      c: { provider: "outscale", region: "eu-west-2", zone: "eu-west-2c", jurisdiction: "FR" },
      d: { provider: "aws", region: "eu-west-3", zone: "eu-west-3a", jurisdiction: "FR" },
      hq: { provider: "office", jurisdiction: "FR", staff: 100 },
    },
    services,
    crisisCell: {
      assembleWithin: "30m",
      roles: [
        { role: "crisis-director", primary: "Jane Doe", deputy: "John Roe" },
        { role: "communications", primary: "Ana Lima", deputy: "Marc Petit" },
      ],
    },
    ...sections,
  };
}

/** Parses a policy input through the schema only (the estimate tests build policies rules may dislike). */
export function parse(input: Input): ContinuityPolicy {
  const result = validatePolicy(input, { rules: [] });
  if (!result.policy) throw new Error(`fixture does not parse: ${JSON.stringify(result.findings, null, 2)}`);
  return result.policy;
}

/** `policyInput` parsed. */
export function policyOf(services: Record<string, Input>, sections: Input = {}): ContinuityPolicy {
  return parse(policyInput(services, sections));
}

/** A `site-loss` scenario of the given sites. */
export function lose(...sites: string[]): ScenarioSpec {
  return { id: `lose-${sites.join("-")}`, kind: "site-loss", sites, causes: [] };
}
