// Generates large, valid policies for benchmarks and scale tests: N services over S sites with P suppliers.
// Deterministic: the same sizes give the same policy.
import { stringify } from "yaml";

const ZONES = ["a", "b", "c"];
const REGIONS = [
  ["outscale", "eu-west-2", "FR"],
  ["outscale", "cloudgouv-eu-west-1", "FR"],
  ["aws-eusc", "eusc-de-east-1", "DE"],
  ["aws", "eu-west-3", "FR"],
  ["aws", "eu-central-1", "DE"],
  ["aws", "eu-west-1", "IE"],
];
const TIERS = ["critical", "important", "standard"];
const STRATEGIES = ["active-active", "warm-standby", "pilot-light", "backup-restore"];

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns the policy as plain data (YAML-shaped). */
export function generatePolicy({ services = 1000, sites = 40, suppliers = 100, seed = 42 } = {}) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const policy = {
    apiVersion: "relais/v1",
    kind: "ContinuityPolicy",
    metadata: {
      name: `generated-${services}`,
      owner: "bench@example.com",
      reviewedOn: "2026-10-01",
      reviewEvery: "180d",
    },
    tiers: {
      critical: { rto: "15m", rpo: "1m", mtpd: "4h", minSites: 2, siteSeparation: "zone" },
      important: { rto: "4h", rpo: "1h", mtpd: "2d", minSites: 2, siteSeparation: "zone" },
      standard: { rto: "1d", rpo: "1d", mtpd: "5d" },
    },
    sites: {},
    services: {},
    suppliers: {},
    commitments: {
      "gold-sla": { customer: "Gold customers", availability: "99.95%", maxOutage: "30m", maxDataLoss: "1m" },
      "silver-sla": { customer: "Silver customers", availability: "99.5%", maxOutage: "8h" },
    },
    people: { staff: 1000, minimumStaffing: "50%", remoteWork: { capacity: "100%", sustainFor: "48h" } },
    crisisCell: {
      assembleWithin: "30m",
      cadence: "daily",
      channels: ["phone-bridge"],
      roles: [{ role: "crisis-director", primary: "A. Director", deputy: "B. Deputy", email: "crisis@example.com" }],
    },
    stages: [{ level: 1, name: "Vigilance", actions: ["check readiness"] }],
    scenarios: [],
    exercises: [],
  };
  const siteIds = [];
  for (let index = 0; index < sites; index++) {
    const [provider, region, jurisdiction] = REGIONS[index % REGIONS.length];
    const zone = `${region}${ZONES[Math.floor(index / REGIONS.length) % ZONES.length]}`;
    const id = `site-${index}`;
    policy.sites[id] = { provider, region, zone, jurisdiction, capacity: 100_000 };
    siteIds.push(id);
  }
  policy.sites.hq = { provider: "office", location: "Paris", jurisdiction: "FR", staff: 400 };
  for (let index = 0; index < suppliers; index++) {
    policy.suppliers[`supplier-${index}`] = {
      name: `Supplier ${index}`,
      criticality: index % 10 === 0 ? "critical" : "important",
      ict: true,
      country: "FR",
      substitutable: true,
      alternates: index + 1 < suppliers ? [`supplier-${index + 1}`] : [],
      switchover: "2h",
      recovery: { rto: "10m", rpo: "0s" },
      exitPlan: `docs/exit/supplier-${index}.md`,
    };
  }
  const platform = Math.max(1, Math.floor(services * 0.05));
  for (let index = 0; index < services; index++) {
    const tier = index < platform ? "critical" : TIERS[Math.min(2, Math.floor((index / services) * 3))];
    const strategy = tier === "critical" ? pick(["active-active", "warm-standby"]) : pick(STRATEGIES);
    const first = Math.floor(next() * sites);
    const second = (first + 1 + Math.floor(next() * (sites - 1))) % sites;
    const chosen = [siteIds[first], siteIds[second]];
    if (policy.sites[chosen[0]].zone === policy.sites[chosen[1]].zone) chosen[1] = siteIds[(first + 1) % sites];
    // Layered like real estates, so that the shape does not change with the size: the first 5% are platform
    // services (critical, no dependencies); every other service depends hard on one or two of them and softly on
    // a neighbour. (Hard dependencies on any earlier service make chains that deepen with the size, so a larger
    // policy would impact a larger share of services per scenario and no simulator could grow linearly.)
    const dependsOn = [];
    if (index >= platform) {
      for (let dependency = 0; dependency < 1 + Math.floor(next() * 2); dependency++) {
        const target = `service-${Math.floor(next() * platform)}`;
        if (!dependsOn.includes(target)) dependsOn.push(target);
      }
      if (next() < 0.3) {
        // The first service after the platform has no neighbour of its own: its "neighbour" is the last platform
        // service, which it may already depend on hard (listing it twice is a duplicate-id error).
        const neighbour = `service-${index - 1 - Math.floor(next() * Math.min(20, index - platform))}`;
        if (!dependsOn.includes(neighbour)) dependsOn.push({ service: neighbour, hard: false });
      }
    }
    if (next() < 0.3) dependsOn.push({ supplier: `supplier-${Math.floor(next() * suppliers)}`, hard: next() < 0.5 });
    policy.services[`service-${index}`] = {
      tier,
      owner: `team-${index % 25}`,
      strategy,
      sites: chosen,
      capacity: {
        required: 4,
        standby: strategy === "active-active" ? 4 : strategy === "warm-standby" ? 1 : 0,
        scaleUp: "4m",
      },
      traffic: {
        method: strategy === "backup-restore" ? "manual" : "dns-failover",
        healthCheck: { interval: "10s", failureThreshold: 3 },
      },
      data:
        strategy === "backup-restore"
          ? { mode: "backup", every: tier === "standard" ? "6h" : "1h", restoreTime: "1h" }
          : {
              mode: tier === "critical" ? "sync-replication" : "async-replication",
              ...(tier === "critical" ? {} : { lag: "5m" }),
            },
      dependsOn,
      commitments: tier === "critical" ? ["gold-sla"] : tier === "important" ? ["silver-sla"] : [],
    };
  }
  policy.scenarios = [
    { id: "region-loss-0", kind: "region-loss", provider: "outscale", region: "eu-west-2" },
    { id: "hq-inaccessible", kind: "site-loss", sites: ["hq"], duration: "24h" },
    { id: "pandemic", kind: "staff-unavailability", absent: "30%", stage: 1 },
  ];
  policy.exercises = [{ scenario: "region-loss-0", every: "365d", lastRun: "2026-06-01" }];
  return policy;
}

/** Returns the policy as YAML text. */
export function generatePolicyYaml(sizes) {
  return stringify(generatePolicy(sizes), { lineWidth: 0 });
}
