import { diffAfter, type Mutation, rows } from "../testing/diff";
import { parsedFullPolicy } from "../testing/fixtures";
import { all, del, set } from "../testing/mutate";
import { diffPolicies } from "./diff";

type Case = [string, Mutation, "loosened" | "tightened" | "neutral", string, string];

/** One case per rule: the mutation, then the single change expected (kind, path, words of the reason). */
const CASES: Case[] = [
  // tiers
  ["tier RTO raised", set("tiers.critical.rto", "30m"), "loosened", "tiers.critical.rto", "RTO raised from 15m to 30m"],
  [
    "tier RTO lowered",
    set("tiers.critical.rto", "10m"),
    "tightened",
    "tiers.critical.rto",
    "RTO lowered from 15m to 10m",
  ],
  ["tier RPO raised", set("tiers.critical.rpo", "5m"), "loosened", "tiers.critical.rpo", "RPO raised from 1m to 5m"],
  [
    "tier MTPD lowered",
    set("tiers.critical.mtpd", "2h"),
    "tightened",
    "tiers.critical.mtpd",
    "MTPD lowered from 4h to 2h",
  ],
  [
    "min sites lowered",
    set("tiers.critical.minSites", 1),
    "loosened",
    "tiers.critical.minSites",
    "lowered from 2 to 1",
  ],
  ["min sites raised", set("tiers.standard.minSites", 2), "tightened", "tiers.standard.minSites", "raised from 1 to 2"],
  [
    "MBCO lowered",
    set("tiers.critical.mbco", "50%"),
    "loosened",
    "tiers.critical.mbco",
    "MBCO lowered from 100% to 50%",
  ],
  [
    "separation stronger",
    set("tiers.standard.siteSeparation", "region"),
    "tightened",
    "tiers.standard.siteSeparation",
    "stronger: zone → region",
  ],
  [
    "strategy allowed",
    set("tiers.critical.strategies", ["warm-standby", "active-active", "pilot-light"]),
    "loosened",
    "tiers.critical.strategies",
    "allowed strategy pilot-light added",
  ],
  [
    "allow-list removed",
    del("tiers.critical.strategies"),
    "loosened",
    "tiers.critical.strategies",
    "any strategy is allowed",
  ],
  [
    "allow-list added",
    set("tiers.standard.strategies", ["backup-restore"]),
    "tightened",
    "tiers.standard.strategies",
    "restricted to backup-restore",
  ],
  [
    "tier added",
    set("tiers.spare", { rto: "1h", rpo: "1h", mtpd: "1d" }),
    "neutral",
    "tiers.spare",
    "tier spare added",
  ],
  // services
  ["service removed", del("services.reports"), "loosened", "services.reports", "no longer covered by the plan"],
  [
    "strategy slower",
    all(del("tiers.critical.strategies"), set("services.api.strategy", "pilot-light")),
    "loosened",
    "services.api.strategy",
    "strategy slower: warm-standby → pilot-light",
  ],
  [
    "strategy faster",
    set("services.api.strategy", "active-active"),
    "tightened",
    "services.api.strategy",
    "strategy faster: warm-standby → active-active",
  ],
  ["site removed", set("services.db.sites", ["site-a"]), "loosened", "services.db.sites", "site site-b removed"],
  [
    "site added",
    set("services.reports.sites", ["site-c", "site-a"]),
    "tightened",
    "services.reports.sites",
    "site site-a added",
  ],
  [
    "primary moved",
    set("services.api.sites", ["site-b", "site-a"]),
    "neutral",
    "services.api.sites",
    "primary site moved from site-a to site-b",
  ],
  [
    "data class lowered",
    set("services.api.dataClass", "confidential"),
    "loosened",
    "services.api.dataClass",
    "less protected: restricted → confidential",
  ],
  [
    "standby lowered",
    set("services.api.capacity.standby", 0),
    "loosened",
    "services.api.capacity.standby",
    "standby capacity lowered from 1 to 0",
  ],
  [
    "scale-up slower",
    set("services.api.capacity.scaleUp", "10m"),
    "loosened",
    "services.api.capacity.scaleUp",
    "scale-up time raised from 4m to 10m",
  ],
  [
    "required changed",
    set("services.db.capacity.required", 6),
    "neutral",
    "services.db.capacity.required",
    "required capacity raised from 4 to 6",
  ],
  [
    "manual failover",
    set("services.api.traffic.method", "manual"),
    "loosened",
    "services.api.traffic.method",
    "waits for a crisis-cell decision",
  ],
  [
    "automatic failover",
    set("services.reports.traffic.method", "load-balancer"),
    "tightened",
    "services.reports.traffic.method",
    "no longer waits for a decision",
  ],
  [
    "slower health checks",
    set("services.api.traffic.healthCheck.interval", "30s"),
    "loosened",
    "services.api.traffic.healthCheck.interval",
    "raised from 10s to 30s",
  ],
  [
    "more failures to detect",
    set("services.api.traffic.healthCheck.failureThreshold", 5),
    "loosened",
    "services.api.traffic.healthCheck.failureThreshold",
    "raised from 3 to 5",
  ],
  [
    "longer TTL",
    set("services.api.traffic.ttl", "300s"),
    "loosened",
    "services.api.traffic.ttl",
    "DNS TTL raised from 1m to 5m",
  ],
  [
    "weaker data",
    set("services.api.data", { mode: "backup", every: "1h", restoreTime: "1h" }),
    "loosened",
    "services.api.data.mode",
    "weaker: async-replication → backup",
  ],
  [
    "more lag",
    set("services.api.data.lag", "2m"),
    "loosened",
    "services.api.data.lag",
    "replication lag raised from 30s to 2m",
  ],
  [
    "rarer backups",
    set("services.reports.data.every", "12h"),
    "loosened",
    "services.reports.data.every",
    "backup interval raised from 6h to 12h",
  ],
  [
    "hard dependency added",
    set("services.db.dependsOn", [{ supplier: "backup-switch" }]),
    "loosened",
    "services.db.dependsOn",
    "hard dependency on supplier backup-switch added",
  ],
  [
    "dependency made hard",
    set("services.reports.dependsOn", ["db"]),
    "loosened",
    "services.reports.dependsOn",
    "dependency on service db made hard",
  ],
  [
    "dependency removed",
    set("services.reports.dependsOn", []),
    "tightened",
    "services.reports.dependsOn",
    "soft dependency on service db removed",
  ],
  [
    "commitment dropped",
    set("services.api.commitments", []),
    "loosened",
    "services.api.commitments",
    "commitment sla removed",
  ],
  [
    "owner changed",
    set("services.api.owner", "platform"),
    "neutral",
    "services.api.owner",
    'owner changed from "api-team" to "platform"',
  ],
  // sites and sovereignty
  [
    "site capacity lowered",
    set("sites.site-a.capacity", 10),
    "loosened",
    "sites.site-a.capacity",
    "capacity lowered from 20 to 10",
  ],
  [
    "site capacity dropped",
    del("sites.site-a.capacity"),
    "loosened",
    "sites.site-a.capacity",
    "capacity removed (was 20)",
  ],
  [
    "site qualification added",
    set("sites.site-c.qualifications", ["iso27001"]),
    "tightened",
    "sites.site-c.qualifications",
    "qualification iso27001 added",
  ],
  ["sovereignty rule removed", set("sovereignty", {}), "loosened", "sovereignty.restricted", "sovereignty relaxed"],
  [
    "jurisdiction allowed",
    set("sovereignty.restricted.jurisdictions", ["FR", "DE"]),
    "loosened",
    "sovereignty.restricted.jurisdictions",
    "allowed jurisdiction DE added: sovereignty relaxed",
  ],
  [
    "qualification dropped",
    set("sovereignty.restricted.qualifications", []),
    "loosened",
    "sovereignty.restricted.qualifications",
    "required qualification secnumcloud removed",
  ],
  // suppliers
  [
    "alternate removed",
    set("suppliers.payments-switch.alternates", []),
    "loosened",
    "suppliers.payments-switch.alternates",
    "alternate backup-switch removed",
  ],
  [
    "hosted site dropped",
    set("suppliers.outscale.hosts", ["site-a"]),
    "loosened",
    "suppliers.outscale.hosts",
    "hosted site site-b removed",
  ],
  [
    "exit plan removed",
    del("suppliers.payments-switch.exitPlan"),
    "loosened",
    "suppliers.payments-switch.exitPlan",
    "exit plan removed",
  ],
  [
    "supplier commitment removed",
    del("suppliers.backup-switch.recovery"),
    "loosened",
    "suppliers.backup-switch.recovery.rto",
    "committed RTO removed",
  ],
  [
    "supplier RPO longer",
    set("suppliers.payments-switch.recovery.rpo", "5m"),
    "loosened",
    "suppliers.payments-switch.recovery.rpo",
    "committed RPO raised from 0s to 5m",
  ],
  [
    "criticality lowered",
    set("suppliers.backup-switch.criticality", "minor"),
    "loosened",
    "suppliers.backup-switch.criticality",
    "criticality lowered",
  ],
  [
    "no longer ICT",
    set("suppliers.backup-switch.ict", false),
    "loosened",
    "suppliers.backup-switch.ict",
    "leaves the DORA register",
  ],
  [
    "no longer substitutable",
    set("suppliers.backup-switch.substitutable", false),
    "loosened",
    "suppliers.backup-switch.substitutable",
    "no longer substitutable",
  ],
  [
    "longer switchover",
    set("suppliers.payments-switch.switchover", "1d"),
    "loosened",
    "suppliers.payments-switch.switchover",
    "raised from 2h to 1d",
  ],
  // commitments
  [
    "commitment removed",
    all(set("commitments", {}), set("services.api.commitments", [])),
    "loosened",
    "commitments.sla",
    "commitment sla removed",
  ],
  [
    "longer outage allowed",
    set("commitments.sla.maxOutage", "1h"),
    "loosened",
    "commitments.sla.maxOutage",
    "raised from 30m to 1h",
  ],
  [
    "availability lowered",
    set("commitments.sla.availability", "99.5%"),
    "loosened",
    "commitments.sla.availability",
    "lowered from 99.9% to 99.5%",
  ],
  // people
  [
    "remote capacity lowered",
    set("people.remoteWork.capacity", "60%"),
    "loosened",
    "people.remoteWork.capacity",
    "lowered from 100% to 60%",
  ],
  [
    "remote duration longer",
    set("people.remoteWork.sustainFor", "7d"),
    "tightened",
    "people.remoteWork.sustainFor",
    "raised from 3d to 7d",
  ],
  [
    "minimum staffing raised",
    set("people.minimumStaffing", "70%"),
    "loosened",
    "people.minimumStaffing",
    "raised from 50% to 70%",
  ],
  [
    "vulnerable group dropped",
    set("people.vulnerableGroups", []),
    "loosened",
    "people.vulnerableGroups",
    "vulnerable group pregnant removed",
  ],
  ["people removed", del("people"), "loosened", "people", "people continuity removed"],
  // crisis cell
  [
    "deputy removed",
    del("crisisCell.roles[1].deputy"),
    "loosened",
    "crisisCell.roles[1].deputy",
    "deputy of communications removed (was Marc Petit)",
  ],
  ["role removed", del("crisisCell.roles[1]"), "loosened", "crisisCell.roles[1]", "crisis role communications removed"],
  [
    "slower to convene",
    set("crisisCell.assembleWithin", "2h"),
    "loosened",
    "crisisCell.assembleWithin",
    "raised from 30m to 2h",
  ],
  [
    "channel removed",
    set("crisisCell.channels", ["sms"]),
    "loosened",
    "crisisCell.channels",
    "channel phone-bridge removed",
  ],
  [
    "contact removed",
    del("crisisCell.roles[0].email"),
    "loosened",
    "crisisCell.roles[0].email",
    "email of crisis-director removed",
  ],
  [
    "deputy replaced",
    set("crisisCell.roles[0].deputy", "Max Roe"),
    "neutral",
    "crisisCell.roles[0].deputy",
    "changed from John Roe to Max Roe",
  ],
  ["crisis cell removed", del("crisisCell"), "loosened", "crisisCell", "crisis cell removed"],
  // stages
  ["stage removed", del("stages[1]"), "loosened", "stages[1]", "stage 2 (Remote operations) removed"],
  [
    "stage trigger removed",
    set("stages[0].triggers", []),
    "loosened",
    "stages[0].triggers",
    "stage 1 trigger threat to a site removed",
  ],
  [
    "stage action added",
    set("stages[0].actions", ["check contacts", "brief suppliers"]),
    "tightened",
    "stages[0].actions",
    "stage 1 action brief suppliers added",
  ],
  // scenarios
  ["scenario removed", del("scenarios[3]"), "loosened", "scenarios[3]", "scenario flu removed"],
  [
    "scenario added",
    set("scenarios[4]", { id: "c-loss", kind: "site-loss", sites: ["site-c"] }),
    "tightened",
    "scenarios[4]",
    "scenario c-loss added",
  ],
  [
    "scenario shorter",
    set("scenarios[1].duration", "24h"),
    "loosened",
    "scenarios[1].duration",
    "duration of hq-closed lowered from 2d to 1d",
  ],
  ["exit becomes outage", set("scenarios[2].mode", "outage"), "loosened", "scenarios[2].mode", "mode exit → outage"],
  [
    "more absence",
    set("scenarios[3].absent", "45%"),
    "tightened",
    "scenarios[3].absent",
    "absence in flu raised from 30% to 45%",
  ],
  [
    "other target",
    set("scenarios[0].zones", ["eu-west-2b"]),
    "neutral",
    "scenarios[0]",
    "now simulates the loss of zones eu-west-2b",
  ],
  // exercises and review
  [
    "exercise less frequent",
    set("exercises[0].every", "180d"),
    "loosened",
    "exercises[0].every",
    "zone-a-loss exercise raised from 90d to 180d",
  ],
  ["exercise removed", del("exercises[0]"), "loosened", "exercises[0]", "exercise of zone-a-loss removed"],
  [
    "exercise run",
    set("exercises[1].lastRun", "2026-11-20"),
    "neutral",
    "exercises[1].lastRun",
    "last run of hq-closed changed",
  ],
  [
    "review less often",
    set("metadata.reviewEvery", "365d"),
    "loosened",
    "metadata.reviewEvery",
    "raised from 180d to 365d",
  ],
];

describe("diffPolicies classification", () => {
  it("finds nothing between a policy and itself", () => {
    const diff = diffAfter(() => {});
    expect(diff.changes).toEqual([]);
    expect(diff.matrix).toEqual({ worse: [], better: [] });
    expect(diff.loosened).toBe(false);
  });

  it.each(CASES)("%s", (_, mutate, kind, path, words) => {
    const diff = diffAfter(mutate);
    const found = rows(diff).filter(([, candidate]) => candidate === path);
    expect(found).toHaveLength(1);
    expect(found[0][0]).toBe(kind);
    expect(found[0][2]).toContain(words);
  });

  it("classifies a weaker site separation as loosened", () => {
    const before = parsedFullPolicy(set("tiers.standard.siteSeparation", "provider"));
    const diff = diffPolicies(before, parsedFullPolicy());
    expect(rows(diff)).toEqual([
      ["loosened", "tiers.standard.siteSeparation", "site separation weaker: provider → zone"],
    ]);
  });

  it("counts every kind in the summary, and a loosened change fails the gate", () => {
    const diff = diffAfter((p) => {
      p.tiers.critical.rto = "30m";
      p.services.api.strategy = "active-active";
      p.services.api.owner = "platform";
    });
    expect(diff.summary).toMatchObject({ loosened: 1, tightened: 1, neutral: 1 });
    expect(diff.loosened).toBe(true);
  });

  it("passes the gate when every change is tightened or neutral", () => {
    const diff = diffAfter((p) => {
      p.tiers.critical.rto = "10m";
      p.services.api.description = "Card payments";
    });
    expect(diff.summary).toMatchObject({ loosened: 0, tightened: 1, neutral: 1 });
    expect(diff.loosened).toBe(false);
  });

  it("classifies a move to a looser tier as loosened, naming both tiers' objectives", () => {
    const diff = diffAfter((p) => {
      p.services.api.tier = "standard";
    });
    const [kind, , reason] = rows(diff).find(([, path]) => path === "services.api.tier") ?? [];
    expect(kind).toBe("loosened");
    expect(reason).toBe(
      "moved from tier critical (RTO 15m, RPO 1m, MTPD 4h) to tier standard (RTO 1d, RPO 1d, MTPD 5d)",
    );
  });

  it("reports the effect on the matrix: a service whose status gets worse fails the gate on its own", () => {
    // A slower scale-up is also a loosened change; the matrix shows what it does to api in each zone loss.
    const diff = diffAfter((p) => {
      p.services.api.capacity.scaleUp = "30m";
    });
    expect(diff.matrix.worse).toContainEqual({
      scenario: "zone-a-loss",
      subject: "service",
      id: "api",
      before: "recovered",
      after: "degraded",
    });
    expect(diff.matrix.worse).toContainEqual({
      scenario: "zone-a-loss",
      subject: "commitment",
      id: "sla",
      before: "kept",
      after: "breached",
    });
    expect(diff.summary.worse).toBe(diff.matrix.worse.length);
  });

  it("reports outcomes that get better", () => {
    const before = parsedFullPolicy(set("services.api.capacity.scaleUp", "30m"));
    const after = parsedFullPolicy();
    const diff = diffPolicies(before, after);
    expect(diff.matrix.better).toContainEqual({
      scenario: "zone-a-loss",
      subject: "service",
      id: "api",
      before: "degraded",
      after: "recovered",
    });
    expect(diff.matrix.worse).toEqual([]);
    expect(diff.loosened).toBe(false);
  });

  it("lists changes in policy order and is deterministic", () => {
    const mutate: Mutation = (p) => {
      p.exercises = [];
      p.tiers.critical.rto = "30m";
      p.services.api.strategy = "active-active";
    };
    const first = diffAfter(mutate);
    expect(first.changes.map((change) => change.path)).toEqual([
      "tiers.critical.rto",
      "services.api.strategy",
      "exercises[0]",
      "exercises[1]",
    ]);
    expect(JSON.stringify(diffAfter(mutate))).toBe(JSON.stringify(first));
  });
});
