import type { ContinuityPolicy, SupplierSpec } from "@relais/policy";
import type { PolicyChange } from "./change";
import { asDuration, change, compareNumber, compareRank, compareSet, compareText, matchKeys } from "./compare";

/** Supplier criticalities from the highest to the lowest. */
export const CRITICALITY_ORDER = ["critical", "important", "minor"] as const;

/**
 * Suppliers: criticality, DORA scope, substitutability, alternates, switchover, recovery commitment and exit plan.
 * Adding or removing a supplier is neutral: services report the dependencies they gain or lose.
 */
export function compareSuppliers(before: ContinuityPolicy, after: ContinuityPolicy): PolicyChange[] {
  const { removed, added, kept } = matchKeys(before.suppliers, after.suppliers);
  return [
    ...removed.map((id) => change("neutral", `suppliers.${id}`, `supplier ${id} removed`)),
    ...added.map((id) => change("neutral", `suppliers.${id}`, `supplier ${id} added`)),
    ...kept.flatMap((id) => compareSupplier(`suppliers.${id}`, before.suppliers[id], after.suppliers[id])),
  ];
}

function compareSupplier(path: string, from: SupplierSpec, to: SupplierSpec): PolicyChange[] {
  const flag = (field: string, was: boolean, is: boolean, loosenedWhen: boolean, words: [string, string]) =>
    was === is
      ? []
      : [
          change(
            is === loosenedWhen ? "loosened" : "tightened",
            `${path}.${field}`,
            is ? words[0] : words[1],
            String(was),
            String(is),
          ),
        ];
  return [
    ...compareRank(`${path}.criticality`, "criticality", CRITICALITY_ORDER, from.criticality, to.criticality, {
      later: "lowered (fewer checks apply: exit plan, concentration)",
      earlier: "raised",
    }),
    ...flag("ict", from.ict, to.ict, false, [
      "now an ICT third-party provider (in the DORA register)",
      "no longer an ICT third-party provider: it leaves the DORA register",
    ]),
    ...flag("substitutable", from.substitutable, to.substitutable, false, [
      "now substitutable",
      "no longer substitutable",
    ]),
    ...compareSet(`${path}.alternates`, "alternate", from.alternates, to.alternates, {
      removed: "loosened",
      added: "tightened",
    }),
    ...compareNumber(`${path}.switchover`, from.switchover, to.switchover, {
      label: "switchover time",
      higher: "loosened",
      format: asDuration,
    }),
    ...compareNumber(`${path}.recovery.rto`, from.recovery?.rto, to.recovery?.rto, {
      label: "committed RTO",
      higher: "loosened",
      format: asDuration,
    }),
    ...compareNumber(`${path}.recovery.rpo`, from.recovery?.rpo, to.recovery?.rpo, {
      label: "committed RPO",
      higher: "loosened",
      format: asDuration,
    }),
    ...exitPlan(`${path}.exitPlan`, from.exitPlan, to.exitPlan),
    // Sites no longer hosted are no longer lost with the supplier: the plan stops counting that concentration.
    ...compareSet(`${path}.hosts`, "hosted site", from.hosts, to.hosts, { removed: "loosened", added: "tightened" }),
    ...compareText(`${path}.exitTestedOn`, "exit rehearsal", from.exitTestedOn, to.exitTestedOn),
    ...compareText(`${path}.name`, "name", from.name, to.name),
    ...compareText(`${path}.provides`, "what it provides", from.provides, to.provides),
    ...compareText(`${path}.country`, "country", from.country, to.country),
    ...compareText(`${path}.lastAssessed`, "last assessment", from.lastAssessed, to.lastAssessed),
  ];
}

function exitPlan(path: string, from: string | undefined, to: string | undefined): PolicyChange[] {
  if (from === to) return [];
  if (to === undefined) return [change("loosened", path, "exit plan removed (DORA Art. 28(8))", from)];
  if (from === undefined) return [change("tightened", path, "exit plan added", undefined, to)];
  return [change("neutral", path, `exit plan moved from ${from} to ${to}`, from, to)];
}
