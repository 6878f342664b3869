import { planOf, section, words } from "../testing/plan";
import { plainText } from "./model";

describe("buildPlan", () => {
  it("has every section the plan needs, in order", () => {
    expect(planOf().sections.map((candidate) => candidate.id)).toEqual([
      "purpose",
      "traceability",
      "bia",
      "recovery-order",
      "sites",
      "topology",
      "resources",
      "dependencies",
      "scenarios",
      "runbooks",
      "crisis-cell",
      "activation",
      "stages",
      "people",
      "suppliers",
      "commitments",
      "reporting",
      "incident-handling",
      "exercises",
      "findings",
      "review",
    ]);
  });

  it("writes one runbook per declared scenario, with its steps and owners", () => {
    const runbooks = section(planOf(), "runbooks").blocks.filter((block) => block.kind === "subsection");
    expect(runbooks.map((block) => block.kind === "subsection" && block.id)).toEqual([
      "runbook-zone-a-loss",
      "runbook-hq-closed",
      "runbook-switch-exit",
      "runbook-flu",
    ]);
    const text = words(runbooks.slice(0, 1));
    expect(text).toContain("T+0s");
    expect(text).toContain("api-team");
  });

  it("flags overdue exercises and computes the next due date", () => {
    const text = words(section(planOf(), "exercises").blocks);
    expect(text).toContain("zone-a-loss | 90d | 2026-09-15 | 2026-12-14 | due in 16 days");
    expect(text).toContain("hq-closed | 180d | 2026-01-10 | 2026-07-09 | overdue by 142 days");
    expect(text).toContain("Never exercised");
    expect(text).toContain("switch-exit");
  });

  it("gives the next review on the cover, and says when it is overdue", () => {
    expect(plainText(planOf().control[2][1])).toBe("2027-03-30 (in 122 days)");
    expect(plainText(planOf(() => {}, "2027-04-01").control[2][1])).toBe("2027-03-30: overdue by 2 days");
  });

  it("lists open findings, and says so when there is none", () => {
    const text = words(section(planOf(), "findings").blocks);
    expect(text).toContain("exercise-overdue");
    expect(text).toContain("single-site");
    const clean = planOf((p) => {
      p.exercises = [{ scenario: "zone-a-loss", every: "90d", lastRun: "2026-11-01" }];
      p.suppliers.aws = { name: "Amazon Web Services EMEA SARL", criticality: "important", hosts: ["site-c"] };
      p.suppliers["payments-switch"].exitTestedOn = "2026-06-01";
      p.services.reports.data = { mode: "backup", every: "6h", restoreTime: "2h", restoreTestedOn: "2026-10-01" };
      p.services.reports.sites = ["site-c", "site-a"];
      p.services.db.sites = ["site-a", "site-b", "site-c"];
    });
    expect(words(section(clean, "findings").blocks)).toContain(
      "Every validation rule passes: there is no open finding.",
    );
  });

  it("shows which data classes each site may hold under the sovereignty rules", () => {
    const text = words(section(planOf(), "sites").blocks);
    expect(text).toContain(
      "site-a | 3DS Outscale | eu-west-2 | eu-west-2a | — | FR | secnumcloud | 20 | public, internal, confidential, restricted",
    );
    expect(text).toContain("site-c | AWS | eu-west-3 | — | — | FR | — | — | public, internal, confidential");
  });

  it("says when there is no crisis cell rather than leaving the section empty", () => {
    const text = words(
      section(
        planOf((p) => void delete p.crisisCell),
        "crisis-cell",
      ).blocks,
    );
    expect(text).toContain("No crisis cell");
  });

  it("orders recovery with hard dependencies first", () => {
    const text = words(section(planOf(), "recovery-order").blocks);
    expect(text.indexOf("| db |")).toBeLessThan(text.indexOf("| api |"));
  });

  it.each([
    ["80%", "20%"],
    ["55%", "45%"],
  ])("agrees with the preview on staffing: %s absent against a %s minimum is not below it", (absent, minimum) => {
    const document = planOf((p) => {
      p.people = { staff: 100, minimumStaffing: minimum, remoteWork: { capacity: "100%", sustainFor: "3d" } };
      p.scenarios = [
        ...(p.scenarios ?? []).filter((s) => s.id !== "flu"),
        { id: "flu", kind: "staff-unavailability", absent },
      ];
    });
    const text = words(section(document, "people").blocks);
    expect(text).toContain(`flu | ${absent} of staff absent | no people finding`);
    expect(text).not.toContain("below the minimum");
  });

  it("shows the simulation's staffing finding when staffing is below the minimum", () => {
    const document = planOf((p) => {
      p.people = { staff: 100, minimumStaffing: "75%" };
    });
    const text = words(section(document, "people").blocks);
    expect(text).toContain("30% of staff absent leaves 70%, below the minimum staffing of 75%");
    expect(text).toContain("hq | — | 100 | 100% | no: not everyone can work remotely");
  });

  it("shows hosting providers as ICT providers in the supplier section and the concentration analysis", () => {
    const text = words(section(planOf(), "suppliers").blocks);
    expect(text).toContain(
      "outscale | 3DS Outscale | IaaS hosting (SecNumCloud) | critical | yes, hosts site-a, site-b",
    );
    expect(text).toContain("Amazon Web Services is not declared as a supplier");
    expect(text).toContain("3DS Outscale (outscale) | site-a, site-b | api, db | api, db | 2");
    expect(text).toContain(
      "Amazon Web Services (undeclared: no supplier hosts its sites) | site-c | reports | reports | 0",
    );
    expect(text).toContain("docs/exit/outscale.md (rehearsed 2026-03-01)");
    expect(text).toContain("outscale | — | — | api, db");
    expect(text).not.toContain("alternate (DORA Art. 29)");
  });

  it("shows exercise results, lessons learnt and open actions as evidence", () => {
    const document = planOf((p) => {
      p.exercises![0].results = [
        {
          ranOn: "2026-09-15",
          outcome: "partial",
          measuredRto: "22m",
          lessons: ["DNS TTL too long on the portal"],
          actions: [
            { action: "lower the TTL to 60s", owner: "web-team", due: "2026-10-15", done: true },
            { action: "rehearse the db switchover", owner: "db-team", due: "2026-11-01" },
          ],
        },
      ];
    });
    const text = words(section(document, "exercises").blocks);
    expect(text).toContain("zone-a-loss | 2026-09-15 | partial | 22m | DNS TTL too long on the portal");
    expect(text).toContain("1 open, 1 done.");
    expect(text).toContain(
      "rehearse the db switchover | db-team | 2026-11-01 | zone-a-loss on 2026-09-15 | open, overdue",
    );
    expect(text).toContain("lower the TTL to 60s | web-team | 2026-10-15 | zone-a-loss on 2026-09-15 | done");
    expect(words(section(planOf(), "exercises").blocks)).toContain("there is no evidence of tests");
  });

  it("lists the findings of the simulated scenarios once each, with the scenarios that show them", () => {
    const text = words(section(planOf(), "findings").blocks);
    expect(text).toContain("Findings of the simulated scenarios");
    expect(text).toMatch(/error \| mtpd-exceeded \| api is down for as long as the scenario lasts/);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(planOf())).toBe(JSON.stringify(planOf()));
  });
});
