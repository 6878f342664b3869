import type { Rule } from "./rule";

export const roleWithoutDeputy: Rule = {
  code: "role-without-deputy",
  why:
    "A crisis can take out the very person who holds a role (illness, travel, an inaccessible office); a role " +
    "without a deputy is a single point of failure in the crisis cell.",
  fix: "name a deputy for the role",
  check: ({ policy }) =>
    (policy.crisisCell?.roles ?? []).flatMap((role, index) =>
      role.deputy !== undefined
        ? []
        : [
            {
              path: `crisisCell.roles[${index}]`,
              message: `crisis-cell role ${role.role} (${role.primary}) has no deputy`,
              hint: `add deputy: <name> to crisisCell.roles[${index}]`,
            },
          ],
    ),
};
