import type { ServiceSpec } from "@relais/policy";
import type { PolicyChange } from "./change";
import { asDuration, compareNumber, compareRank } from "./compare";

/** Data modes from the least to the most data lost. */
export const DATA_MODE_ORDER = ["sync-replication", "async-replication", "backup", "none"] as const;

/** A service's data protection: the mode, then the replication lag or backup interval and restore time. */
export function compareData(path: string, before: ServiceSpec["data"], after: ServiceSpec["data"]): PolicyChange[] {
  if (before.mode !== after.mode) {
    return compareRank(`${path}.mode`, "data protection", DATA_MODE_ORDER, before.mode, after.mode, {
      later: "weaker",
      earlier: "stronger",
    });
  }
  if (before.mode === "async-replication" && after.mode === "async-replication") {
    return compareNumber(`${path}.lag`, before.lag, after.lag, {
      label: "replication lag",
      higher: "loosened",
      format: asDuration,
    });
  }
  if (before.mode === "backup" && after.mode === "backup") {
    return [
      ...compareNumber(`${path}.every`, before.every, after.every, {
        label: "backup interval",
        higher: "loosened",
        format: asDuration,
      }),
      ...compareNumber(`${path}.restoreTime`, before.restoreTime, after.restoreTime, {
        label: "restore time",
        higher: "loosened",
        format: asDuration,
        added: "neutral",
        removed: "neutral",
      }),
    ];
  }
  return [];
}
