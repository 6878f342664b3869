import type { ScenarioSpec } from "@relais/policy";
import { simulate } from "../simulate";
import { type Input, parse, policyInput, service } from "../testing/fixtures";

const officeLoss = (duration?: number, sites = ["hq"]): ScenarioSpec => ({
  id: "hq-inaccessible",
  kind: "site-loss",
  sites,
  causes: ["demonstration"],
  ...(duration === undefined ? {} : { duration }),
});
const staffOff = (absent: number): ScenarioSpec => ({ id: "flu", kind: "staff-unavailability", absent, causes: [] });

function policy(people: Input | undefined, extra: (input: Input) => void = () => {}) {
  const input = policyInput(
    { api: service(), batch: service({ tier: "standard", traffic: { method: "manual" } }) },
    people ? { people } : {},
  );
  extra(input);
  return parse(input);
}

const codes = (findings: { code: string }[]) => findings.map((finding) => finding.code);

describe("offices and remote work", () => {
  const people = { staff: 200, minimumStaffing: "60%", remoteWork: { capacity: "40%", sustainFor: "24h" } };

  it("needs the lost office's share of staff to work remotely, for as long as the scenario lasts", () => {
    const result = simulate(policy(people), officeLoss(48 * 3600));
    expect(result.lost.sites).toEqual(["hq"]);
    expect(result.findings).toEqual([
      {
        code: "remote-capacity-insufficient",
        severity: "warning",
        message: "office hq is lost: 100 of 200 staff (50%) must work remotely, above the remote-work capacity of 40%",
      },
      {
        code: "remote-duration-unproven",
        severity: "warning",
        message: "office hq is lost for 2d, longer than remote work is proven to last (sustainFor 1d)",
      },
    ]);
    // Offices only affect people.
    expect(result.services.map((s) => s.status)).toEqual(["unaffected", "unaffected"]);
  });

  it("finds nothing when remote work covers the share and the duration", () => {
    const ample = { ...people, remoteWork: { capacity: "50%", sustainFor: "3d" } };
    expect(simulate(policy(ample), officeLoss(72 * 3600)).findings).toEqual([]);
    expect(simulate(policy(people), officeLoss()).findings.map((f) => f.code)).toEqual([
      "remote-capacity-insufficient",
    ]);
  });

  it("adds up the staff of every lost office", () => {
    const ample = { ...people, remoteWork: { capacity: "60%", sustainFor: "3d" } };
    const twoOffices = policy(ample, (input) => {
      input.sites.annex = { provider: "office", jurisdiction: "FR", staff: 30 };
    });
    expect(simulate(twoOffices, officeLoss(undefined, ["hq"])).findings).toEqual([]);
    const [finding] = simulate(twoOffices, officeLoss(undefined, ["hq", "annex"])).findings;
    expect(finding.message).toBe(
      "offices hq, annex are lost: 130 of 200 staff (65%) must work remotely, above the remote-work capacity of 60%",
    );
  });

  it("says the outcome is unknown without a people section", () => {
    expect(codes(simulate(policy(undefined), officeLoss()).findings)).toEqual(["people-undeclared"]);
  });

  it("treats a missing remoteWork as no remote capacity at all", () => {
    const [capacity, duration] = simulate(policy({ staff: 200 }), officeLoss(3600)).findings;
    expect(capacity.message).toContain("above the remote-work capacity of 0% (people.remoteWork is not declared)");
    expect(duration.code).toBe("remote-duration-unproven");
  });
});

describe("staff unavailability", () => {
  const people = { staff: 200, minimumStaffing: "60%" };

  it("degrades every manual service, whose failover depends on people, and leaves the others", () => {
    const result = simulate(policy(people), staffOff(0.4));
    const [api, batch] = result.services;
    expect(api).toMatchObject({ status: "unaffected", reasons: [] });
    expect(batch).toMatchObject({ status: "degraded", rto: { estimate: 0 } });
    expect(batch.reasons).toEqual([
      "its failover depends on people (manual traffic switch) and 40% of staff are absent",
    ]);
  });

  it("gives staffing-below-minimum only below the minimum (60% present is enough)", () => {
    expect(simulate(policy(people), staffOff(0.4)).findings).toEqual([]);
    expect(simulate(policy(people), staffOff(0.5)).findings).toEqual([
      {
        code: "staffing-below-minimum",
        severity: "error",
        message: "50% of staff absent leaves 50%, below the minimum staffing of 60% needed to keep operations running",
      },
    ]);
  });
});

describe("staffing on the boundary", () => {
  it.each([
    [0.55, "45%"],
    [0.8, "20%"],
  ])("%s absent against a %s minimum is not below it", (absent, minimumStaffing) => {
    const findings = simulate(policy({ staff: 100, minimumStaffing }), staffOff(absent)).findings;
    expect(codes(findings)).not.toContain("staffing-below-minimum");
  });

  it("0.81 absent against a 20% minimum is below it", () => {
    const findings = simulate(policy({ staff: 100, minimumStaffing: "20%" }), staffOff(0.81)).findings;
    expect(codes(findings)).toEqual(["staffing-below-minimum"]);
  });
});

describe("crisis-cell roles", () => {
  it("lists every role without a deputy in every scenario", () => {
    const withoutDeputy = policy(undefined, (input) => {
      input.crisisCell.roles.push({ role: "it-operations", primary: "Karim Benali" });
    });
    expect(simulate(withoutDeputy, staffOff(0.1)).findings).toEqual([
      {
        code: "role-without-deputy",
        severity: "warning",
        message: "crisis-cell role it-operations has no deputy: nobody takes over if Karim Benali is unavailable",
      },
    ]);
  });
});
