import { DescribeSnapshotsCommand, type Snapshot } from "@aws-sdk/client-ec2";
import { formatDuration } from "@relais/policy";
import type { CloudSite, PlannedCheck } from "../plan";
import type { CheckResult } from "../report";
import { allPages, type CheckRunner, count, siteLabel } from "./context";

type Planned = Extract<PlannedCheck, { check: "snapshot-fresh" }>;

/**
 * `snapshot-fresh`: for a backup-mode service, the newest `completed` snapshot the account owns with the tag
 * `relais:service=<service>` is younger than the allowed age (the tier RPO, else the backup interval).
 */
export const runSnapshotFresh: CheckRunner<Planned> = async (context, planned) => {
  const results: CheckResult[] = [];
  for (const check of planned) {
    const pages = await allPages((NextToken) =>
      context.describe("DescribeSnapshots", (abortSignal) =>
        context.client.send(
          new DescribeSnapshotsCommand({
            OwnerIds: ["self"],
            Filters: [{ Name: "tag:relais:service", Values: [check.service] }],
            NextToken,
          }),
          { abortSignal },
        ),
      ),
    );
    const snapshots = pages.flatMap((page) => page.Snapshots ?? []);
    results.push(evaluateSnapshots(context.site, check, snapshots, context.now()));
  }
  return results;
};

/** The verdict from the service's snapshots at `nowMs`. Pure. */
export function evaluateSnapshots(
  site: CloudSite,
  check: Planned,
  snapshots: readonly Snapshot[],
  nowMs: number,
): CheckResult {
  const base = { check: "snapshot-fresh", service: check.service, expected: check.maxAge } as const;
  const completed = snapshots
    .filter((snapshot) => snapshot.State === "completed" && startMs(snapshot) !== undefined)
    .sort((a, b) => startMs(b)! - startMs(a)! || (a.SnapshotId ?? "").localeCompare(b.SnapshotId ?? ""));
  // Outscale FCU says `in-queue` where AWS says `pending`.
  const pending = snapshots.filter((snapshot) => ["pending", "in-queue"].includes(String(snapshot.State))).length;
  const newest = completed[0];
  if (!newest) {
    const others = pending > 0 ? ` (${count(pending, "pending snapshot")})` : "";
    return {
      ...base,
      status: "not-ready",
      actual: null,
      reason:
        `no completed snapshot tagged relais:service=${check.service} in ${siteLabel(site)}${others}:` +
        " check the backup plan and that it copies snapshots to this site with their tags",
    };
  }
  const age = Math.max(0, Math.floor((nowMs - startMs(newest)!) / 1000));
  const snapshot = `newest completed snapshot of ${check.service} (${newest.SnapshotId}) is ${formatDuration(age)} old`;
  if (check.maxAge === null) {
    return {
      ...base,
      status: "unknown",
      actual: age,
      reason: `${snapshot}, but no RPO is known for tier ${check.tier} and the manifest has no backup interval: pass --policy`,
    };
  }
  const limit =
    check.maxAgeSource === "tier-rpo"
      ? `the tier ${check.tier} RPO of ${formatDuration(check.maxAge)}`
      : `the backup interval of ${formatDuration(check.maxAge)} (from the manifest; pass --policy to use the tier RPO)`;
  if (age <= check.maxAge) return { ...base, status: "ready", actual: age, reason: `${snapshot}, within ${limit}` };
  return {
    ...base,
    status: "not-ready",
    actual: age,
    reason: `${snapshot}, older than ${limit}: a restore now would lose more data than allowed; check the backup plan`,
  };
}

function startMs(snapshot: Snapshot): number | undefined {
  const time = snapshot.StartTime;
  if (time === undefined) return undefined;
  const ms = time instanceof Date ? time.getTime() : new Date(time as unknown as string).getTime();
  return Number.isNaN(ms) ? undefined : ms;
}
