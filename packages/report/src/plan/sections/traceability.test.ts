import { REGIME_ELEMENTS } from "../../regimes";
import { planOf, section, words } from "../../testing/plan";

describe("the traceability section", () => {
  it("traces every element of both regimes to a section, with the published NIS2 wording", () => {
    const document = planOf((p) => {
      p.regulation = { regimes: ["nis2", "dora"], authority: "ANSSI" };
    });
    for (const element of REGIME_ELEMENTS) {
      expect(document.sections.some((candidate) => candidate.covers.includes(element.id))).toBe(true);
    }
    const text = words(section(document, "traceability").blocks);
    expect(text).toContain(
      "Annex 4.1.2 (h) | Restoring and resuming activities from temporary measures | 17. Reporting and return to normal operations",
    );
    expect(text).toContain(
      "Annex 4.1.2 (f) | Recovery plans for specific operations, including recovery objectives | 3. Business impact analysis; 9. Scenario matrix; 10. Runbooks",
    );
    expect(text).toContain("Art. 28(8) | Exit strategies");
    expect(text).not.toContain("Art. 29 | Exit");
    expect(text).not.toContain("(i)");
    expect(text).not.toContain("not covered by any section");
  });

  it("follows regulation.regimes: DORA only, no NIS2 element, and tags sections with DORA articles only", () => {
    const document = planOf((p) => {
      p.regulation = { regimes: ["dora"] };
    });
    const text = words(section(document, "traceability").blocks);
    expect(text).toContain("Art. 11 |");
    expect(text).not.toContain("Annex 4.1.2");
    expect(section(document, "suppliers").covers).toEqual(["art28-8", "art29"]);
    expect(section(document, "purpose").covers).toEqual([]);
  });

  it("says plainly which elements the policy leaves empty or fills only in part", () => {
    const document = planOf((p) => {
      p.regulation = { regimes: ["dora"] };
      for (const supplier of Object.values(p.suppliers)) {
        delete supplier.exitPlan;
        delete supplier.exitTestedOn;
        supplier.alternates = [];
      }
    });
    const text = words(section(document, "traceability").blocks);
    expect(text).toContain(
      "Art. 28(8) | Exit strategies for ICT services supporting critical or important functions, tested and reviewed | 15. Suppliers | — | empty: the policy has no suppliers.*.exitPlan, suppliers.*.exitTestedOn, suppliers.*.alternates",
    );
    expect(text).toContain("Art. 12 | Backup policies, restoration and recovery procedures, a secondary site");
    expect(text).toContain("partly: no services.*.data.restoreTestedOn");
  });

  it("says that no regime is declared rather than tracing to one by default", () => {
    const text = words(
      section(
        planOf((p) => void delete p.regulation),
        "traceability",
      ).blocks,
    );
    expect(text).toContain("No regime declared");
    expect(text).toContain("regulation.regimes");
  });
});

describe("the notification deadlines", () => {
  it.each([
    [["dora"], ["initial notification within 4 hours", "Delegated Regulation (EU) 2025/301"], ["early warning"]],
    [["nis2"], ["early warning within 24 hours", "incident notification within 72 hours"], ["2025/301"]],
  ] as const)("gives the notification deadlines of %j only", (regimes, present, absent) => {
    const text = words(
      section(
        planOf((p) => {
          p.regulation = { regimes: [...regimes], authority: "ACPR" };
        }),
        "incident-handling",
      ).blocks,
    );
    for (const phrase of present) expect(text).toContain(phrase);
    for (const phrase of absent) expect(text).not.toContain(phrase);
    expect(text).toContain("Competent authority: ACPR");
  });

  it("says the deadlines are unknown without a regime", () => {
    const text = words(
      section(
        planOf((p) => void delete p.regulation),
        "incident-handling",
      ).blocks,
    );
    expect(text).toContain("Notification deadlines unknown");
    expect(text).not.toContain("72 hours");
  });
});
