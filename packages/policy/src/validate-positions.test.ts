import { examplePolicyText } from "@relais/test-support";
import { validatePolicy } from "./validate";

/** The 1-based line and column of the first occurrence of `needle` in `text`. */
function where(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${needle} is not in the text`);
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe("validatePolicy: every finding about a node carries its line and column", () => {
  const example = examplePolicyText();

  it("points an unknown key's schema finding at the key itself", () => {
    const text = example.replace("    rto: 15m\n", "    rto: 15m\n    rtoo: 20m\n");
    const [finding] = validatePolicy(text).findings;
    expect(finding).toMatchObject({ code: "schema", path: "tiers.critical.rtoo", ...where(text, "rtoo:") });
  });

  it("points a schema finding about a value at the value", () => {
    const text = example.replace("    rto: 15m\n", "    rto: soon\n");
    const [finding] = validatePolicy(text).findings;
    expect(finding).toMatchObject({ code: "schema", path: "tiers.critical.rto", ...where(text, "soon") });
  });

  it("points a missing key's finding at the mapping that lacks it", () => {
    const text = example.replace("  owner: continuity@acme.example\n", "");
    const finding = validatePolicy(text).findings.find((candidate) => candidate.path === "metadata.owner");
    expect(finding).toMatchObject({ code: "schema", ...where(text, "name: acme-payments") });
  });

  it("points a rule finding at the node it names", () => {
    const text = example.replace(
      "    strategies: [active-active, warm-standby]\n",
      "    strategies: [active-active]\n",
    );
    const finding = validatePolicy(text).findings.find((candidate) => candidate.code === "strategy-not-allowed");
    expect(finding).toBeDefined();
    const { path, line, column } = finding as { path: string; line: number; column: number };
    const lines = text.split("\n");
    // The service's strategy line: the finding's path ends at it, and its position is on that line.
    expect(path).toMatch(/^services\.[a-z-]+\.strategy$/);
    expect(lines[line - 1].slice(column - 1)).toMatch(/^warm-standby|^pilot-light|^backup-restore/);
  });

  it("locates every finding of the example, warnings included", () => {
    const { findings } = validatePolicy(example, { today: "2030-01-01" });
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.line).toBeGreaterThanOrEqual(1);
      expect(finding.column).toBeGreaterThanOrEqual(1);
    }
  });

  it("gives no position to findings about data that was not read from text", () => {
    const { findings } = validatePolicy({ apiVersion: "relais/v1" });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.line === undefined)).toBe(true);
  });
});

describe("validatePolicy: one alias limit for every kind of node", () => {
  it("refuses a long scalar copied by many aliases", () => {
    const scalar = "x".repeat(300 * 1024);
    const text = `a: &a "${scalar}"\nb: [${Array(1000).fill("*a").join(", ")}]\n`;
    // Its time is a target of bench/cases/policy-hostile.mjs.
    const [finding] = validatePolicy(text).findings;
    expect(finding).toMatchObject({ code: "syntax", line: 1, column: 1 });
    expect(finding.message).toContain("aliases copy more than 1 MiB");
  });

  it("accepts anchors that copy a little", () => {
    const text = examplePolicyText()
      .replace("    rto: 15m\n", "    rto: &fast 15m\n")
      .replace("    rto: 4h\n", "    rto: *fast\n");
    expect(validatePolicy(text).findings.filter((finding) => finding.code === "syntax")).toEqual([]);
  });
});
