import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { restoreUntested } from "./restore-untested";

function backedUp(restoreTestedOn?: string) {
  const policy = basePolicy();
  policy.tiers.critical.rpo = "2h";
  policy.services.api.data = { mode: "backup", every: "1h", retention: "30d", restoreTestedOn };
  return policy;
}

describe("restore-untested", () => {
  it("accepts a restore tested within 365 days, and replicated data", () => {
    expect(findingsOf(restoreUntested, backedUp("2026-06-01"), "2026-11-28")).toEqual([]);
    expect(findingsOf(restoreUntested, basePolicy(), "2026-11-28")).toEqual([]);
  });

  it("flags backups never restored in a test", () => {
    const [finding] = findingsOf(restoreUntested, backedUp(), "2026-11-28");
    expect(finding).toMatchObject({ code: "restore-untested", severity: "warning", path: "services.api.data" });
    expect(finding.message).toBe("the backups of service api have never been restored in a test");
  });

  it("flags a restore test older than 365 days", () => {
    const [finding] = findingsOf(restoreUntested, backedUp("2025-01-10"), "2026-11-28");
    expect(finding.path).toBe("services.api.data.restoreTestedOn");
    expect(finding.message).toContain("last restored in a test on 2025-01-10");
  });
});
