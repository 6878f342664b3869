import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type ContinuityPolicy, type ContinuityPolicyInput, validatePolicy } from "@relais/policy";

/** Repository root, for reading examples and fixtures. */
export const REPO_ROOT = join(__dirname, "..", "..");

/** The text of the bundled example policy. */
export function examplePolicyText(): string {
  return readFileSync(join(REPO_ROOT, "examples", "policies", "acme-payments.yaml"), "utf8");
}

/**
 * A small valid policy as written in YAML (two Outscale zones, one critical warm-standby service), for tests to copy
 * and change. Every call returns a fresh object.
 */
export function basePolicy(): ContinuityPolicyInput & Record<string, unknown> {
  return {
    apiVersion: "relais/v1",
    kind: "ContinuityPolicy",
    metadata: { name: "test-policy", owner: "ops@example.com" },
    tiers: { critical: { rto: "15m", rpo: "1m", mtpd: "4h", minSites: 2, siteSeparation: "zone" } },
    sites: {
      "site-a": { provider: "outscale", region: "eu-west-2", zone: "eu-west-2a", jurisdiction: "FR" },
      "site-b": { provider: "outscale", region: "eu-west-2", zone: "eu-west-2b", jurisdiction: "FR" },
    },
    services: {
      api: {
        tier: "critical",
        owner: "api-team",
        strategy: "warm-standby",
        sites: ["site-a", "site-b"],
        capacity: { required: 4, standby: 1, scaleUp: "4m" },
        traffic: { method: "dns-failover", healthCheck: { interval: "10s", failureThreshold: 3 }, ttl: "60s" },
        data: { mode: "async-replication", lag: "30s" },
      },
    },
  };
}

/** Parses a policy input that must be valid (schema and rules) and returns the normalised policy. */
export function parseValid(input: object, today = "2026-11-28"): ContinuityPolicy {
  const result = validatePolicy(input, { today });
  if (!result.policy) throw new Error(`test policy does not parse: ${JSON.stringify(result.findings, null, 2)}`);
  return result.policy;
}

/** Parses a policy input through the schema only (rules may fail) and returns the normalised policy. */
export function parseSchema(input: object): ContinuityPolicy {
  const result = validatePolicy(input, { rules: [] });
  if (!result.policy) throw new Error(`test policy does not parse: ${JSON.stringify(result.findings, null, 2)}`);
  return result.policy;
}
