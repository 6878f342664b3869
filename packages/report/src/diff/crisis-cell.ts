import type { ContinuityPolicy, CrisisCellSpec } from "@relais/policy";
import type { PolicyChange } from "./change";
import { asDuration, change, compareNumber, compareSet, compareText } from "./compare";

type Role = CrisisCellSpec["roles"][number];

/** The crisis cell: removing it, a role, a deputy, a contact or a channel is loosened; convening slower is loosened. */
export function compareCrisisCell(before: ContinuityPolicy, after: ContinuityPolicy): PolicyChange[] {
  const from = before.crisisCell;
  const to = after.crisisCell;
  if (!from && !to) return [];
  if (from && !to)
    return [change("loosened", "crisisCell", "crisis cell removed: nobody is named to decide or communicate")];
  if (!from || !to) return [change("tightened", "crisisCell", "crisis cell added")];
  return [
    ...compareNumber("crisisCell.assembleWithin", from.assembleWithin, to.assembleWithin, {
      label: "time to convene",
      higher: "loosened",
      format: asDuration,
    }),
    ...compareText("crisisCell.cadence", "cadence", from.cadence, to.cadence),
    ...compareSet("crisisCell.channels", "channel", from.channels, to.channels, {
      removed: "loosened",
      added: "tightened",
    }),
    ...compareRoles(from.roles, to.roles),
  ];
}

function compareRoles(before: readonly Role[], after: readonly Role[]): PolicyChange[] {
  const changes: PolicyChange[] = [];
  before.forEach((role, index) => {
    if (!after.some((candidate) => candidate.role === role.role)) {
      changes.push(change("loosened", `crisisCell.roles[${index}]`, `crisis role ${role.role} removed`, role.role));
    }
  });
  after.forEach((role, index) => {
    const path = `crisisCell.roles[${index}]`;
    const previous = before.find((candidate) => candidate.role === role.role);
    if (!previous) {
      changes.push(change("tightened", path, `crisis role ${role.role} added`, undefined, role.role));
      return;
    }
    changes.push(
      ...compareText(`${path}.primary`, `primary of ${role.role}`, previous.primary, role.primary),
      ...contact(`${path}.deputy`, `deputy of ${role.role}`, previous.deputy, role.deputy),
      ...contact(`${path}.email`, `email of ${role.role}`, previous.email, role.email),
      ...contact(`${path}.phone`, `phone of ${role.role}`, previous.phone, role.phone),
    );
  });
  return changes;
}

/** A deputy or contact: removed is loosened, added tightened, replaced neutral. */
function contact(path: string, label: string, from: string | undefined, to: string | undefined): PolicyChange[] {
  if (from === to) return [];
  if (to === undefined) return [change("loosened", path, `${label} removed (was ${from})`, from)];
  if (from === undefined) return [change("tightened", path, `${label} added: ${to}`, undefined, to)];
  return [change("neutral", path, `${label} changed from ${from} to ${to}`, from, to)];
}
