import { parseValid } from "@relais/test-support";
import { componentPolicy, withServices } from "../testing/fixtures";
import { planResiliencePolicy } from "./resilience";

test("a warm-standby service across two AWS regions: multi-region, the tier's RTO and RPO in minutes", () => {
  expect(planResiliencePolicy(parseValid(componentPolicy()), "api")).toEqual({
    site: "aws-paris",
    scope: "multiRegion",
    approach: "WARM_STANDBY",
    rtoInMinutes: 15,
    rpoInMinutes: 1,
    availabilityPercent: null,
    backupEveryMinutes: null,
  });
});

test("strategy, commitments and backups: pilot light, the strictest availability, the backup interval", () => {
  const policy = withServices({
    svc: {
      tier: "standard",
      strategy: "pilot-light",
      sites: ["osc-a", "aws-paris"],
      capacity: { required: 1, scaleUp: "10m" },
      traffic: { method: "manual" },
      data: { mode: "backup", every: "6h", restoreTime: "1h" },
      commitments: ["gold", "silver"],
    },
  });
  policy.commitments = {
    gold: { customer: "Gold customers", availability: "99.95%", maxOutage: "30m" },
    silver: { customer: "Silver customers", availability: "99.9%", maxOutage: "4h" },
  };
  expect(planResiliencePolicy(parseValid(policy), "svc")).toMatchObject({
    site: "aws-paris",
    approach: "PILOT_LIGHT",
    availabilityPercent: 99.95,
    backupEveryMinutes: 360,
  });
});

test("a service on no AWS or sovereign site gets no Resilience Hub policy", () => {
  const policy = withServices({
    svc: {
      tier: "standard",
      strategy: "warm-standby",
      sites: ["osc-a", "osc-b"],
      capacity: { required: 2, standby: 1, scaleUp: "10m" },
      traffic: { method: "manual" },
      data: { mode: "none" },
    },
  });
  expect(planResiliencePolicy(parseValid(policy), "svc")).toBeNull();
});
