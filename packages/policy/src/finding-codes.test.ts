import type { Finding } from "./finding";
import { FINDING_CODES, type FindingCode, type FindingCodeFrom, severityOf } from "./finding-codes";

describe("FINDING_CODES", () => {
  it("refuses a misspelt code at compile time (tsc -b type-checks this file)", () => {
    // @ts-expect-error: "site-overcomitted" is not a registered code.
    const misspelt: FindingCode = "site-overcomitted";
    // @ts-expect-error: a policy rule's code is not a scenario code.
    const notFromScenarios: FindingCodeFrom<"scenario"> = "site-separation";
    // @ts-expect-error: a finding's code is a registered code, not any string.
    const finding: Pick<Finding, "code"> = { code: "anything" };
    expect([misspelt, notFromScenarios, finding.code].filter((code) => Object.hasOwn(FINDING_CODES, code))).toEqual([
      "site-separation",
    ]);
  });

  it("gives the severity of a code, as documented", () => {
    expect(severityOf("mtpd-exceeded")).toBe("error");
    expect(severityOf("site-overcommitted")).toBe("warning");
    expect(severityOf("syntax")).toBe("error");
  });

  it("describes every code in one line, and says where each comes from", () => {
    for (const [code, info] of Object.entries(FINDING_CODES)) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(info.summary).not.toContain("\n");
      expect(info.summary.length).toBeGreaterThan(20);
      expect(info.from.length).toBeGreaterThan(0);
    }
  });
});
