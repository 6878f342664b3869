import type { ContinuityPolicy, TierSpec } from "@relais/policy";
import type { PolicyChange } from "./change";
import {
  asDuration,
  asNumber,
  asPercentage,
  change,
  compareNumber,
  compareRank,
  compareSet,
  compareText,
  matchKeys,
} from "./compare";

/** Site separations from the strongest to the weakest. */
export const SEPARATION_ORDER = ["provider", "region", "zone"] as const;

/** Tiers: objectives (RTO, RPO, MTPD, MBCO), minimum sites, separation, allowed strategies. */
export function compareTiers(before: ContinuityPolicy, after: ContinuityPolicy): PolicyChange[] {
  const { removed, added, kept } = matchKeys(before.tiers, after.tiers);
  return [
    ...removed.map((id) => change("neutral", `tiers.${id}`, `tier ${id} removed (no service uses it any more)`)),
    ...added.map((id) => change("neutral", `tiers.${id}`, `tier ${id} added`)),
    ...kept.flatMap((id) => compareTier(`tiers.${id}`, before.tiers[id], after.tiers[id])),
  ];
}

function compareTier(path: string, before: TierSpec, after: TierSpec): PolicyChange[] {
  return [
    ...compareNumber(`${path}.rto`, before.rto, after.rto, { label: "RTO", higher: "loosened", format: asDuration }),
    ...compareNumber(`${path}.rpo`, before.rpo, after.rpo, { label: "RPO", higher: "loosened", format: asDuration }),
    ...compareNumber(`${path}.mtpd`, before.mtpd, after.mtpd, {
      label: "MTPD",
      higher: "loosened",
      format: asDuration,
    }),
    // A lower MBCO counts a service recovered with fewer units running: a looser objective.
    ...compareNumber(`${path}.mbco`, before.mbco, after.mbco, {
      label: "MBCO",
      higher: "tightened",
      format: asPercentage,
    }),
    ...compareNumber(`${path}.minSites`, before.minSites, after.minSites, {
      label: "minimum sites",
      higher: "tightened",
      format: asNumber,
    }),
    ...compareRank(
      `${path}.siteSeparation`,
      "site separation",
      SEPARATION_ORDER,
      before.siteSeparation,
      after.siteSeparation,
      {
        later: "weaker",
        earlier: "stronger",
      },
    ),
    ...compareStrategies(`${path}.strategies`, before.strategies, after.strategies),
    ...compareText(`${path}.description`, "description", before.description, after.description),
  ];
}

function compareStrategies(
  path: string,
  before: readonly string[] | undefined,
  after: readonly string[] | undefined,
): PolicyChange[] {
  if (before === undefined && after === undefined) return [];
  if (before === undefined) {
    return [change("tightened", path, `strategies restricted to ${after?.join(", ")}`, "any", after?.join(", "))];
  }
  if (after === undefined) {
    return [change("loosened", path, "strategy allow-list removed: any strategy is allowed", before.join(", "), "any")];
  }
  return compareSet(path, "allowed strategy", before, after, { removed: "tightened", added: "loosened" });
}
