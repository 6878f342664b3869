import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { stageLevels } from "./stage-levels";

const run = (policy: object) => findingsOf(stageLevels, policy);

const stage = (level: number, name = `Stage ${level}`) => ({ level, name, actions: ["act"] });

describe("stage-levels", () => {
  it("accepts levels 1..n in any order, and no stages", () => {
    const policy = basePolicy();
    expect(run(policy)).toEqual([]);
    policy.stages = [stage(2), stage(1), stage(3)];
    expect(run(policy)).toEqual([]);
  });

  it("flags a repeated level", () => {
    const policy = basePolicy();
    policy.stages = [stage(1, "Vigilance"), stage(2), stage(1, "Alert")];
    const [finding] = run(policy);
    expect(finding).toMatchObject({ code: "stage-levels", severity: "error", path: "stages[2].level" });
    expect(finding.message).toBe('stage level 1 is used twice (stages[0] "Vigilance" and stages[2] "Alert")');
  });

  it("flags a gap, including a sequence that does not start at 1", () => {
    const policy = basePolicy();
    policy.stages = [stage(1), stage(3)];
    const [finding] = run(policy);
    expect(finding.path).toBe("stages");
    expect(finding.message).toBe(
      "stage levels must run 1..n without gaps, but level 2 is missing (levels present: 1, 3)",
    );
    policy.stages = [stage(2), stage(3)];
    expect(run(policy)[0].message).toContain("level 1 is missing");
  });
});
