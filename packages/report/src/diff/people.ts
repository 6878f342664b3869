import type { ContinuityPolicy } from "@relais/policy";
import type { PolicyChange } from "./change";
import { asDuration, asNumber, asPercentage, change, compareNumber, compareSet } from "./compare";

/**
 * People: less remote-work capacity or a shorter proven duration is loosened; a higher minimum staffing is loosened
 * too (the organisation then tolerates less absence).
 */
export function comparePeople(before: ContinuityPolicy, after: ContinuityPolicy): PolicyChange[] {
  const from = before.people;
  const to = after.people;
  if (!from && !to) return [];
  if (from && !to)
    return [
      change("loosened", "people", "people continuity removed: remote work and minimum staffing are no longer planned"),
    ];
  if (!from || !to) return [change("tightened", "people", "people continuity added")];
  const changes = [
    ...compareNumber("people.staff", from.staff, to.staff, { label: "staff", higher: "neutral", format: asNumber }),
    ...compareNumber("people.minimumStaffing", from.minimumStaffing, to.minimumStaffing, {
      label: "minimum staffing",
      higher: "loosened",
      format: asPercentage,
    }),
  ];
  if (from.remoteWork && !to.remoteWork) {
    changes.push(change("loosened", "people.remoteWork", "remote work removed"));
  } else if (!from.remoteWork && to.remoteWork) {
    changes.push(change("tightened", "people.remoteWork", "remote work added"));
  } else if (from.remoteWork && to.remoteWork) {
    changes.push(
      ...compareNumber("people.remoteWork.capacity", from.remoteWork.capacity, to.remoteWork.capacity, {
        label: "remote-work capacity",
        higher: "tightened",
        format: asPercentage,
      }),
      ...compareNumber("people.remoteWork.sustainFor", from.remoteWork.sustainFor, to.remoteWork.sustainFor, {
        label: "proven remote-work duration",
        higher: "tightened",
        format: asDuration,
      }),
    );
  }
  changes.push(
    ...compareSet("people.vulnerableGroups", "vulnerable group", from.vulnerableGroups, to.vulnerableGroups, {
      removed: "loosened",
      added: "tightened",
    }),
  );
  return changes;
}
