import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { roleWithoutDeputy } from "./role-without-deputy";

const run = (policy: object) => findingsOf(roleWithoutDeputy, policy);

describe("role-without-deputy", () => {
  it("accepts roles with deputies, and no crisis cell", () => {
    const policy = basePolicy();
    expect(run(policy)).toEqual([]);
    policy.crisisCell = { assembleWithin: "30m", roles: [{ role: "director", primary: "Jane", deputy: "John" }] };
    expect(run(policy)).toEqual([]);
  });

  it("flags a role without a deputy", () => {
    const policy = basePolicy();
    policy.crisisCell = {
      assembleWithin: "30m",
      roles: [
        { role: "director", primary: "Jane", deputy: "John" },
        { role: "communications", primary: "Ana Lima" },
      ],
    };
    const [finding] = run(policy);
    expect(finding).toMatchObject({ code: "role-without-deputy", severity: "warning", path: "crisisCell.roles[1]" });
    expect(finding.message).toBe("crisis-cell role communications (Ana Lima) has no deputy");
  });
});
