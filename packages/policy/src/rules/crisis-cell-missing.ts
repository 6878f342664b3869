import type { Rule } from "./rule";

export const crisisCellMissing: Rule = {
  code: "crisis-cell-missing",
  why:
    "A manual failover is decided by the crisis cell, and its `assembleWithin` is the decision time in every " +
    "estimate; without one, nobody is named to decide and the recovery time is unknown.",
  fix: "declare a crisisCell with assembleWithin and at least one role, or switch the service to an automatic traffic method",
  check: ({ policy }) =>
    policy.crisisCell
      ? []
      : Object.entries(policy.services).flatMap(([id, service]) =>
          service.traffic.method !== "manual"
            ? []
            : [
                {
                  path: `services.${id}.traffic.method`,
                  message: `service ${id} fails over manually (traffic.method: manual), but the policy has no crisisCell to decide it`,
                  hint: "add crisisCell: { assembleWithin: 30m, roles: [{ role: crisis-director, primary: … }] }, or use dns-failover",
                },
              ],
        ),
};
