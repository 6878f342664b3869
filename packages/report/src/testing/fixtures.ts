import type { ContinuityPolicy, ContinuityPolicyInput } from "@relais/policy";
import { basePolicy, parseSchema } from "@relais/test-support";

/**
 * A small policy with every section filled (two zones and a second region, one supplier with an alternate, a
 * commitment, people, a crisis cell, stages, scenarios and exercises), as written in YAML. Fresh on every call.
 */
export type FullPolicyInput = ContinuityPolicyInput &
  Record<string, unknown> &
  Required<Pick<ContinuityPolicyInput, "suppliers" | "commitments" | "sovereignty">>;

export function fullPolicy(): FullPolicyInput {
  const policy = basePolicy() as FullPolicyInput;
  policy.metadata = { name: "test-policy", owner: "ops@example.com", reviewedOn: "2026-10-01", reviewEvery: "180d" };
  policy.tiers = {
    critical: {
      rto: "15m",
      rpo: "1m",
      mtpd: "4h",
      minSites: 2,
      siteSeparation: "zone",
      strategies: ["active-active", "warm-standby"],
    },
    standard: { rto: "1d", rpo: "1d", mtpd: "5d" },
  };
  policy.sovereignty = { restricted: { jurisdictions: ["FR"], qualifications: ["secnumcloud"] } };
  policy.sites = {
    "site-a": {
      provider: "outscale",
      region: "eu-west-2",
      zone: "eu-west-2a",
      jurisdiction: "FR",
      qualifications: ["secnumcloud"],
      capacity: 20,
    },
    "site-b": {
      provider: "outscale",
      region: "eu-west-2",
      zone: "eu-west-2b",
      jurisdiction: "FR",
      qualifications: ["secnumcloud"],
      capacity: 20,
    },
    "site-c": { provider: "aws", region: "eu-west-3", jurisdiction: "FR" },
    hq: { provider: "office", jurisdiction: "FR", staff: 100 },
  };
  policy.services = {
    api: {
      tier: "critical",
      owner: "api-team",
      dataClass: "restricted",
      strategy: "warm-standby",
      sites: ["site-a", "site-b"],
      capacity: { required: 4, standby: 1, scaleUp: "4m" },
      traffic: { method: "dns-failover", healthCheck: { interval: "10s", failureThreshold: 3 }, ttl: "60s" },
      data: { mode: "async-replication", lag: "30s" },
      dependsOn: ["db", { supplier: "payments-switch", hard: true }],
      commitments: ["sla"],
    },
    db: {
      tier: "critical",
      owner: "db-team",
      strategy: "active-active",
      sites: ["site-a", "site-b"],
      capacity: { required: 4, standby: 4 },
      traffic: { method: "load-balancer" },
      data: { mode: "sync-replication" },
    },
    reports: {
      tier: "standard",
      strategy: "backup-restore",
      sites: ["site-c"],
      capacity: { required: 1 },
      traffic: { method: "manual" },
      data: { mode: "backup", every: "6h", restoreTime: "2h" },
      dependsOn: [{ service: "db", hard: false }],
    },
  };
  policy.suppliers = {
    "payments-switch": {
      name: "Payments switch",
      criticality: "critical",
      ict: true,
      country: "FR",
      alternates: ["backup-switch"],
      switchover: "2h",
      recovery: { rto: "10m", rpo: "0s" },
      exitPlan: "docs/exit/switch.md",
    },
    outscale: {
      name: "3DS Outscale",
      provides: "IaaS hosting (SecNumCloud)",
      criticality: "critical",
      ict: true,
      country: "FR",
      hosts: ["site-a", "site-b"],
      exitPlan: "docs/exit/outscale.md",
      exitTestedOn: "2026-03-01",
      substitutable: true,
    },
    "backup-switch": {
      name: "Backup switch",
      criticality: "important",
      ict: true,
      substitutable: true,
      recovery: { rto: "1h" },
    },
  };
  policy.commitments = { sla: { customer: "Merchants", availability: "99.9%", maxOutage: "30m", maxDataLoss: "1m" } };
  policy.people = {
    staff: 100,
    minimumStaffing: "50%",
    remoteWork: { capacity: "100%", sustainFor: "3d" },
    vulnerableGroups: ["pregnant"],
  };
  policy.crisisCell = {
    assembleWithin: "30m",
    cadence: "daily",
    channels: ["phone-bridge", "sms"],
    roles: [
      { role: "crisis-director", primary: "Jane Doe", deputy: "John Roe", email: "crisis@example.com" },
      { role: "communications", primary: "Ana Lima", deputy: "Marc Petit" },
    ],
  };
  policy.stages = [
    { level: 1, name: "Vigilance", triggers: ["threat to a site"], actions: ["check contacts"] },
    { level: 2, name: "Remote operations", triggers: ["office inaccessible"], actions: ["everyone works remotely"] },
  ];
  policy.scenarios = [
    { id: "zone-a-loss", kind: "zone-loss", zones: ["eu-west-2a"], causes: ["power"] },
    { id: "hq-closed", kind: "site-loss", sites: ["hq"], duration: "48h", stage: 2 },
    { id: "switch-exit", kind: "supplier-loss", supplier: "payments-switch", mode: "exit" },
    { id: "flu", kind: "staff-unavailability", absent: "30%" },
  ];
  policy.regulation = { regimes: ["nis2", "dora"], authority: "ANSSI", csirt: "CERT-FR" };
  policy.exercises = [
    { scenario: "zone-a-loss", every: "90d", lastRun: "2026-09-15" },
    { scenario: "hq-closed", every: "180d", lastRun: "2026-01-10" },
  ];
  return policy;
}

/** The full policy, normalised (schema only). */
export function parsedFullPolicy(mutate: (policy: ReturnType<typeof fullPolicy>) => void = () => {}): ContinuityPolicy {
  const policy = fullPolicy();
  mutate(policy);
  return parseSchema(policy);
}
