import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { rpoUnachievable } from "./rpo-unachievable";

const run = (policy: object) => findingsOf(rpoUnachievable, policy);

describe("rpo-unachievable", () => {
  it("accepts replication within the rpo, sync replication, and backups often enough", () => {
    const policy = basePolicy();
    expect(run(policy)).toEqual([]);
    policy.services.api.data = { mode: "sync-replication" };
    expect(run(policy)).toEqual([]);
    policy.services.api.data = { mode: "backup", every: "1m", restoreTime: "1h" };
    expect(run(policy)).toEqual([]);
  });

  it("flags a service that keeps no copy of its data", () => {
    const policy = basePolicy();
    policy.services.api.data = { mode: "none" };
    const [finding] = run(policy);
    expect(finding).toMatchObject({ code: "rpo-unachievable", severity: "error", path: "services.api.data.mode" });
    expect(finding.message).toBe(
      `service api keeps no copy of its data (data.mode: none), so it cannot meet tier "critical"'s rpo of 1m`,
    );
  });

  it("flags backups further apart than the rpo", () => {
    const policy = basePolicy();
    policy.services.api.data = { mode: "backup", every: "1h", restoreTime: "1h" };
    const [finding] = run(policy);
    expect(finding.path).toBe("services.api.data.every");
    expect(finding.message).toContain("backed up every 1h, longer than");
  });

  it("flags a replication lag above the rpo", () => {
    const policy = basePolicy();
    policy.services.api.data = { mode: "async-replication", lag: "5m" };
    const [finding] = run(policy);
    expect(finding.path).toBe("services.api.data.lag");
    expect(finding.message).toContain("lag of 5m, longer than");
  });
});
