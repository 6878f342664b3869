import { ContinuityPlan } from "../components/continuity-plan";
import { CrisisCell } from "../components/crisis-cell";
import { ExternalWorkload } from "../components/external-workload";
import { FailoverService } from "../components/failover-service";
import { outscaleRisks, withServices, workload } from "./fixtures";

const HEALTH = { interval: "10s", failureThreshold: 3 };

/** One service per strategy, spread over every kind of site, so that one stack creates every resource type. */
export function compositePolicy(): Record<string, unknown> {
  return withServices({
    api: {
      tier: "critical",
      strategy: "warm-standby",
      sites: ["aws-paris", "aws-frankfurt"],
      capacity: { required: 2, standby: 1, scaleUp: "2m" },
      traffic: { method: "dns-failover", healthCheck: HEALTH, ttl: "60s" },
      data: { mode: "async-replication", lag: "30s" },
    },
    ledger: {
      tier: "critical",
      strategy: "active-active",
      sites: ["osc-a", "osc-b"],
      capacity: { required: 2, standby: 1 },
      traffic: { method: "load-balancer", healthCheck: HEALTH },
      data: { mode: "sync-replication" },
    },
    scoring: {
      tier: "standard",
      strategy: "pilot-light",
      sites: ["osc-a", "eusc"],
      capacity: { required: 1, scaleUp: "10m" },
      traffic: { method: "manual" },
      data: { mode: "backup", every: "6h", restoreTime: "1h" },
    },
    reports: {
      tier: "standard",
      strategy: "backup-restore",
      sites: ["aws-frankfurt", "aws-paris"],
      capacity: { required: 1 },
      traffic: { method: "manual" },
      data: { mode: "backup", every: "1d", restoreTime: "4h" },
    },
    legacy: {
      tier: "standard",
      strategy: "warm-standby",
      sites: ["dc", "osc-b"],
      capacity: { required: 2, standby: 1, scaleUp: "10m" },
      traffic: { method: "dns-failover", healthCheck: HEALTH, ttl: "60s" },
      data: { mode: "backup", every: "1d", restoreTime: "2h" },
    },
  });
}

/** Builds the composite stack with every component name prefixed, and returns the plan. */
export function buildComposite(prefix: string): ContinuityPlan {
  const plan = new ContinuityPlan(`${prefix}plan`, {
    policy: compositePolicy(),
    env: {},
    acceptRisks: outscaleRisks("osc-a", "osc-b") as never,
    resilienceHub: true,
  });
  const crisis = new CrisisCell(`${prefix}crisis`, {
    plan,
    topicRegion: "us-east-1",
    documents: { "plan.md": "# Plan" },
  });
  const dns = (record: string) => ({ hostedZoneId: "Z1", recordName: `${record}.example.com` });
  const sites = (...ids: string[]) => Object.fromEntries(ids.map((id) => [id, workload(id)])) as never;
  new FailoverService(`${prefix}api`, {
    plan,
    service: "api",
    sites: sites("aws-paris", "aws-frankfurt"),
    dns: dns("api"),
    crisisCell: crisis,
  });
  new FailoverService(`${prefix}ledger`, {
    plan,
    service: "ledger",
    sites: sites("osc-a", "osc-b"),
    data: { storage: "application" },
  });
  new FailoverService(`${prefix}scoring`, { plan, service: "scoring", sites: sites("osc-a", "eusc") });
  new FailoverService(`${prefix}reports`, { plan, service: "reports", sites: sites("aws-frankfurt", "aws-paris") });
  const dc = new ExternalWorkload(`${prefix}legacy-dc`, {
    plan,
    service: "legacy",
    site: "dc",
    endpoint: { address: "198.51.100.7" },
    monitor: true,
    crisisCell: crisis,
  });
  new FailoverService(`${prefix}legacy`, {
    plan,
    service: "legacy",
    // Both sites by IP address: A records (a name and an address cannot share a record name).
    sites: { dc, "osc-b": workload("osc-b", { endpoint: "198.51.100.8" }) as never },
    dns: dns("legacy"),
    crisisCell: crisis,
  });
  return plan;
}
