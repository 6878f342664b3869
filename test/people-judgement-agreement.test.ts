import { remoteNeed, staffing, validatePolicy } from "@relais/policy";
import { renderPlan } from "@relais/report";
import { declaredScenarios, runPreview, validationRules } from "@relais/simulate";
import { basePolicy, parseSchema } from "@relais/test-support";

/**
 * The validation rules, the preview and the plan document all judge staffing through @relais/policy, so they
 * agree — in particular on the boundaries where binary floats go wrong: two offices of 10% and 20% of staff need
 * exactly 30% remote capacity (0.1 + 0.2 > 0.3 in floats), and 80% of staff absent leaves exactly a 20% minimum
 * (1 − 0.8 < 0.2 in floats).
 */
function policyInput(capacity: string, minimumStaffing: string) {
  const input = basePolicy();
  input.sites.hq = { provider: "office", jurisdiction: "FR", staff: 10 };
  input.sites.lyon = { provider: "office", jurisdiction: "FR", staff: 20 };
  input.people = { staff: 100, minimumStaffing, remoteWork: { capacity, sustainFor: "3d" } };
  input.scenarios = [
    { id: "offices-closed", kind: "site-loss", sites: ["hq", "lyon"], duration: "1d" },
    { id: "flu", kind: "staff-unavailability", absent: "80%" },
  ];
  return input;
}

const PEOPLE_CODES = ["remote-capacity-insufficient", "remote-duration-unproven", "staffing-below-minimum"];

/** What each consumer concludes about people for the policy. */
async function judgements(capacity: string, minimumStaffing: string) {
  const input = policyInput(capacity, minimumStaffing);
  const policy = parseSchema(input);
  const rules = validatePolicy(input, { rules: validationRules, today: "2026-11-28" }).findings;
  const preview = runPreview(policy, declaredScenarios(policy));
  const plan = await renderPlan(policy, { format: "md", today: "2026-11-28", source: "continuity.yaml" });
  const peopleFindings = (id: string) =>
    preview.scenarios
      .find((scenario) => scenario.id === id)!
      .findings.filter((finding) => PEOPLE_CODES.includes(finding.code));
  return {
    judged: {
      officesExceedCapacity: remoteNeed(policy, ["hq", "lyon"])!.exceedsCapacity,
      belowMinimum: staffing(policy, 0.8)!.belowMinimum,
    },
    ruleCodes: rules.map((finding) => finding.code).filter((code) => PEOPLE_CODES.includes(code)),
    offices: peopleFindings("offices-closed"),
    flu: peopleFindings("flu"),
    planRow: (id: string) => peopleSection(plan).find((line) => line.startsWith(`| \`${id}\``)) ?? "",
  };
}

/** The lines of the plan's "People continuity" section. */
function peopleSection(markdown: string): string[] {
  const start = markdown.indexOf("People continuity\n");
  expect(start).toBeGreaterThan(0);
  return markdown.slice(start, markdown.indexOf("\n## ", start)).split("\n");
}

describe("one staffing judgement for the rules, the preview and the plan document", () => {
  it("starts from boundaries where a float comparison would get it wrong", () => {
    expect(0.1 + 0.2 > 0.3).toBe(true);
    expect(1 - 0.8 < 0.2).toBe(true);
  });

  it("agrees that 10% + 20% of staff fit a 30% remote capacity and 80% absent meets a 20% minimum", async () => {
    const { judged, ruleCodes, offices, flu, planRow } = await judgements("30%", "20%");
    expect(judged).toEqual({ officesExceedCapacity: false, belowMinimum: false });
    expect(ruleCodes).toEqual([]);
    expect(offices).toEqual([]);
    expect(flu).toEqual([]);
    expect(planRow("offices-closed")).toContain("no people finding: remote work and staffing hold");
    expect(planRow("flu")).toContain("no people finding: remote work and staffing hold");
  });

  it("agrees that they do not fit a 29.99% capacity nor meet a 20.01% minimum, and the plan shows the preview's words", async () => {
    const { judged, offices, flu, planRow } = await judgements("29.99%", "20.01%");
    expect(judged).toEqual({ officesExceedCapacity: true, belowMinimum: true });
    expect(offices.map((finding) => finding.message)).toEqual([
      "offices hq, lyon are lost: 30 of 100 staff (30%) must work remotely, above the remote-work capacity of 29.99%",
    ]);
    expect(flu.map((finding) => finding.message)).toEqual([
      "80% of staff absent leaves 20%, below the minimum staffing of 20.01% needed to keep operations running",
    ]);
    expect(planRow("offices-closed")).toContain(offices[0].message);
    expect(planRow("flu")).toContain(flu[0].message);
  });

  it("agrees with the rule on one office exactly at the capacity, and just above it", async () => {
    const at = await judgements("20%", "20%");
    expect(at.ruleCodes).toEqual([]);
    expect(at.planRow("lyon")).toContain("yes");
    const above = await judgements("19.99%", "20%");
    expect(above.ruleCodes).toEqual(["remote-capacity-insufficient"]);
    expect(above.planRow("lyon")).toContain("no: not everyone can work remotely");
  });
});
