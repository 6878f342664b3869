import type { ContinuityPolicy, ServiceSpec } from "@relais/policy";
import type { ChangeKind, PolicyChange } from "./change";
import {
  asDuration,
  asNumber,
  change,
  compareNumber,
  compareRank,
  compareSet,
  compareText,
  matchKeys,
} from "./compare";
import { compareData } from "./service-data";
import { compareDependencies } from "./service-dependencies";
import { SEPARATION_ORDER } from "./tiers";

/** Strategies from the fastest to the slowest to recover. */
export const STRATEGY_ORDER = ["active-active", "warm-standby", "pilot-light", "backup-restore"] as const;
/** Data classes from the most to the least protected. */
export const DATA_CLASS_ORDER = ["restricted", "confidential", "internal", "public"] as const;

/** Services: coverage, tier, strategy, sites, data class, capacity, traffic, data, dependencies, commitments. */
export function compareServices(before: ContinuityPolicy, after: ContinuityPolicy): PolicyChange[] {
  const { removed, added, kept } = matchKeys(before.services, after.services);
  return [
    ...removed.map((id) =>
      change("loosened", `services.${id}`, `service ${id} removed: it is no longer covered by the plan`),
    ),
    ...added.map((id) => change("tightened", `services.${id}`, `service ${id} added: it is now covered by the plan`)),
    ...kept.flatMap((id) => compareService(id, before, after)),
  ];
}

function compareService(id: string, beforePolicy: ContinuityPolicy, afterPolicy: ContinuityPolicy): PolicyChange[] {
  const path = `services.${id}`;
  const before = beforePolicy.services[id];
  const after = afterPolicy.services[id];
  return [
    ...compareTierMove(path, before.tier, after.tier, beforePolicy, afterPolicy),
    ...compareRank(`${path}.strategy`, "strategy", STRATEGY_ORDER, before.strategy, after.strategy, {
      later: "slower",
      earlier: "faster",
    }),
    ...compareSites(`${path}.sites`, before.sites, after.sites),
    ...compareRank(`${path}.dataClass`, "data class", DATA_CLASS_ORDER, before.dataClass, after.dataClass, {
      later: "less protected",
      earlier: "more protected",
    }),
    ...compareCapacity(`${path}.capacity`, before, after),
    ...compareTraffic(`${path}.traffic`, before, after),
    ...compareData(`${path}.data`, before.data, after.data),
    ...compareDependencies(`${path}.dependsOn`, before.dependsOn, after.dependsOn),
    ...compareSet(
      `${path}.commitments`,
      "commitment",
      before.commitments,
      after.commitments,
      { removed: "loosened", added: "tightened" },
      {
        removed: "the service is no longer checked against it",
      },
    ),
    ...compareText(`${path}.owner`, "owner", before.owner, after.owner),
    ...compareText(`${path}.description`, "description", before.description, after.description),
  ];
}

function compareTierMove(
  path: string,
  before: string,
  after: string,
  beforePolicy: ContinuityPolicy,
  afterPolicy: ContinuityPolicy,
): PolicyChange[] {
  if (before === after) return [];
  const from = beforePolicy.tiers[before];
  const to = afterPolicy.tiers[after];
  let kind: ChangeKind = "neutral";
  if (from && to) {
    const looser =
      to.rto > from.rto ||
      to.rpo > from.rpo ||
      to.mtpd > from.mtpd ||
      to.minSites < from.minSites ||
      SEPARATION_ORDER.indexOf(to.siteSeparation) > SEPARATION_ORDER.indexOf(from.siteSeparation);
    const stricter =
      to.rto < from.rto ||
      to.rpo < from.rpo ||
      to.mtpd < from.mtpd ||
      to.minSites > from.minSites ||
      SEPARATION_ORDER.indexOf(to.siteSeparation) < SEPARATION_ORDER.indexOf(from.siteSeparation);
    kind = looser ? "loosened" : stricter ? "tightened" : "neutral";
  }
  const describe = (tier: string, spec: typeof from) =>
    spec ? `${tier} (RTO ${asDuration(spec.rto)}, RPO ${asDuration(spec.rpo)}, MTPD ${asDuration(spec.mtpd)})` : tier;
  return [
    change(
      kind,
      `${path}.tier`,
      `moved from tier ${describe(before, from)} to tier ${describe(after, to)}`,
      before,
      after,
    ),
  ];
}

function compareSites(path: string, before: readonly string[], after: readonly string[]): PolicyChange[] {
  const changes = compareSet(
    path,
    "site",
    before,
    after,
    { removed: "loosened", added: "tightened" },
    {
      removed: "one place fewer to run or fail over to",
      added: "one more place to fail over to",
    },
  );
  const common = (sites: readonly string[], other: readonly string[]) => sites.filter((site) => other.includes(site));
  const oldOrder = common(before, after);
  const newOrder = common(after, before);
  if (before[0] !== after[0] && before.includes(after[0]) && after.includes(before[0])) {
    changes.push(change("neutral", path, `primary site moved from ${before[0]} to ${after[0]}`, before[0], after[0]));
  } else if (oldOrder.join(",") !== newOrder.join(",")) {
    changes.push(change("neutral", path, `failover order changed: ${oldOrder.join(", ")} → ${newOrder.join(", ")}`));
  }
  return changes;
}

function compareCapacity(path: string, before: ServiceSpec, after: ServiceSpec): PolicyChange[] {
  return [
    ...compareNumber(`${path}.required`, before.capacity.required, after.capacity.required, {
      label: "required capacity",
      higher: "neutral",
      format: asNumber,
    }),
    ...compareNumber(`${path}.standby`, before.capacity.standby, after.capacity.standby, {
      label: "standby capacity",
      higher: "tightened",
      format: asNumber,
    }),
    ...compareNumber(`${path}.scaleUp`, before.capacity.scaleUp, after.capacity.scaleUp, {
      label: "scale-up time",
      higher: "loosened",
      format: asDuration,
    }),
  ];
}

function compareTraffic(path: string, before: ServiceSpec, after: ServiceSpec): PolicyChange[] {
  const from = before.traffic;
  const to = after.traffic;
  const changes: PolicyChange[] = [];
  if (from.method !== to.method) {
    const kind: ChangeKind = to.method === "manual" ? "loosened" : from.method === "manual" ? "tightened" : "neutral";
    const why =
      kind === "loosened"
        ? ": failover now waits for a crisis-cell decision"
        : kind === "tightened"
          ? ": failover no longer waits for a decision"
          : "";
    changes.push(
      change(kind, `${path}.method`, `traffic method ${from.method} → ${to.method}${why}`, from.method, to.method),
    );
  }
  return [
    ...changes,
    ...compareNumber(`${path}.healthCheck.interval`, from.healthCheck.interval, to.healthCheck.interval, {
      label: "health-check interval",
      higher: "loosened",
      format: asDuration,
    }),
    ...compareNumber(
      `${path}.healthCheck.failureThreshold`,
      from.healthCheck.failureThreshold,
      to.healthCheck.failureThreshold,
      {
        label: "health-check failure threshold",
        higher: "loosened",
        format: asNumber,
      },
    ),
    ...compareNumber(`${path}.ttl`, from.ttl, to.ttl, {
      label: "DNS TTL",
      higher: "loosened",
      format: asDuration,
      added: "neutral",
      removed: "neutral",
    }),
  ];
}
