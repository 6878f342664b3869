/** What a `supplier-loss` does to its supplier: recovers after some time, or is down. */
import { formatDuration, type SupplierSpec } from "@relais/policy";

/** The supplier a scenario takes out: when it is back (null: down), and why, in words. */
export interface SupplierImpact {
  id: string;
  /** Seconds until the supplier serves again; null when it is down for the scenario. */
  recovery: number | null;
  /** The policy path the recovery time comes from (for `--explain`). */
  source: string;
  /** Why, naming the supplier: "card-network recovers after its recovery.rto 10m". */
  reason: string;
}

/**
 * Mode `outage`: the supplier recovers after its `recovery.rto`, down without one. Mode `exit`: it recovers after
 * `switchover` when it has alternates; down without alternates, and down when the switchover time is not given
 * (an unknown time is never reported as fine).
 */
export function supplierImpact(
  id: string,
  supplier: SupplierSpec | undefined,
  mode: "outage" | "exit",
): SupplierImpact {
  const path = `suppliers.${id}`;
  if (!supplier) return { id, recovery: null, source: path, reason: `supplier ${id} is not declared in the policy` };
  if (mode === "outage") {
    const rto = supplier.recovery?.rto;
    return rto === undefined
      ? { id, recovery: null, source: `${path}.recovery.rto`, reason: `supplier ${id} is down: it has no recovery.rto` }
      : {
          id,
          recovery: rto,
          source: `${path}.recovery.rto`,
          reason: `supplier ${id} recovers after its recovery.rto ${formatDuration(rto)}`,
        };
  }
  if (supplier.alternates.length === 0) {
    return {
      id,
      recovery: null,
      source: `${path}.alternates`,
      reason: `supplier ${id} is exited and has no alternates`,
    };
  }
  const alternates = supplier.alternates.join(", ");
  if (supplier.switchover === undefined) {
    return {
      id,
      recovery: null,
      source: `${path}.switchover`,
      reason: `supplier ${id} is exited: it has alternates (${alternates}) but no switchover time, so when it is replaced is unknown`,
    };
  }
  return {
    id,
    recovery: supplier.switchover,
    source: `${path}.switchover`,
    reason: `supplier ${id} is exited: moving to ${alternates} takes its switchover ${formatDuration(supplier.switchover)}`,
  };
}
