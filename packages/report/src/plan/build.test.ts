import { NIS2_ELEMENTS } from "../nis2";
import { planOf } from "../testing/plan";
import type { Block, Section } from "./model";
import { plainText } from "./model";

function section(document: ReturnType<typeof planOf>, id: string): Section {
  const found = document.sections.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

/** Every string of a section, flattened, to assert on the words a reader sees. */
function words(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case "paragraph":
        case "callout":
          return `${"title" in block ? block.title : ""} ${plainText(block.text)}`;
        case "list":
          return block.items.map((item) => plainText(item)).join(" | ");
        case "facts":
          return block.items.map(([label, value]) => `${label}: ${plainText(value)}`).join(" | ");
        case "table":
          return [
            block.head.join(" | "),
            ...block.rows.map((row) =>
              row
                .map((cell) =>
                  plainText(
                    typeof cell === "object" && cell !== null && !Array.isArray(cell) && "tone" in cell
                      ? cell.text
                      : (cell as never),
                  ),
                )
                .join(" | "),
            ),
            block.rows.length === 0 ? (block.empty ?? "") : "",
          ].join("\n");
        case "subsection":
          return `${block.title}\n${words(block.blocks)}`;
        default:
          return block.title;
      }
    })
    .join("\n");
}

describe("buildPlan", () => {
  it("has every section the plan needs, in order", () => {
    expect(planOf().sections.map((candidate) => candidate.id)).toEqual([
      "purpose",
      "nis2",
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

  it("covers every NIS2 Annex 4.1.2 element, and the mapping table names a section for each", () => {
    const document = planOf();
    for (const element of NIS2_ELEMENTS) {
      expect(document.sections.some((candidate) => candidate.nis2.includes(element.id))).toBe(true);
    }
    const table = section(document, "nis2").blocks.find((block) => block.kind === "table");
    expect(table?.kind === "table" && table.rows.map((row) => plainText(row[0] as never))).toEqual(
      NIS2_ELEMENTS.map((element) => `(${element.id})`),
    );
    expect(words(section(document, "nis2").blocks)).not.toContain("not covered");
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

  it("is deterministic", () => {
    expect(JSON.stringify(planOf())).toBe(JSON.stringify(planOf()));
  });
});
