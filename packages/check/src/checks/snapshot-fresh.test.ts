import "../testing/offline-env";
import { DescribeSnapshotsCommand } from "@aws-sdk/client-ec2";
import { mockClient } from "aws-sdk-client-mock";
import { OUTSCALE_SITE, siteContext } from "../testing/site-context";
import { evaluateSnapshots, runSnapshotFresh } from "./snapshot-fresh";

const NOW = Date.parse("2026-11-28T12:00:00Z");
const check = (maxAge: number | null, maxAgeSource: "tier-rpo" | "backup-interval" | null = "tier-rpo") => ({
  check: "snapshot-fresh" as const,
  service: "ledger",
  tier: "important",
  maxAge,
  maxAgeSource,
});
const snapshot = (id: string, state: "completed" | "pending" | "error", minutesAgo: number) => ({
  SnapshotId: id,
  State: state,
  StartTime: new Date(NOW - minutesAgo * 60_000),
});

describe("snapshot-fresh", () => {
  test("the newest completed snapshot within the RPO is ready", () => {
    const result = evaluateSnapshots(
      OUTSCALE_SITE,
      check(3600),
      [snapshot("snap-old", "completed", 200), snapshot("snap-new", "completed", 20), snapshot("snap-p", "pending", 1)],
      NOW,
    );
    expect(result).toEqual({
      check: "snapshot-fresh",
      service: "ledger",
      status: "ready",
      reason: "newest completed snapshot of ledger (snap-new) is 20m old, within the tier important RPO of 1h",
      expected: 3600,
      actual: 1200,
    });
  });

  test("an old snapshot is not ready, and says which limit it broke", () => {
    const rpo = evaluateSnapshots(OUTSCALE_SITE, check(3600), [snapshot("snap-1", "completed", 190)], NOW);
    expect(rpo).toMatchObject({ status: "not-ready", actual: 11_400 });
    expect(rpo.reason).toContain("is 3h10m old, older than the tier important RPO of 1h");
    const interval = evaluateSnapshots(
      OUTSCALE_SITE,
      check(3600, "backup-interval"),
      [snapshot("s", "completed", 61)],
      NOW,
    );
    expect(interval.reason).toContain("older than the backup interval of 1h (from the manifest; pass --policy");
  });

  test("no completed snapshot is not ready and counts the pending ones", () => {
    const result = evaluateSnapshots(
      OUTSCALE_SITE,
      check(3600),
      [
        snapshot("a", "pending", 5),
        snapshot("b", "error", 5),
        { ...snapshot("c", "error", 5), State: "in-queue" as never },
      ],
      NOW,
    );
    expect(result).toMatchObject({ status: "not-ready", actual: null });
    expect(result.reason).toContain("no completed snapshot tagged relais:service=ledger in gov-b");
    expect(result.reason).toContain("(2 pending snapshots)");
  });

  test("without any known RPO the age is reported but the verdict is unknown", () => {
    const result = evaluateSnapshots(OUTSCALE_SITE, check(null, null), [snapshot("s", "completed", 5)], NOW);
    expect(result).toMatchObject({ status: "unknown", expected: null, actual: 300 });
    expect(result.reason).toContain("pass --policy");
  });

  test("asks for the account's own snapshots tagged with the service", async () => {
    const { context, client, clock } = siteContext();
    const mock = mockClient(client);
    mock
      .on(DescribeSnapshotsCommand)
      .resolves({ Snapshots: [{ SnapshotId: "s", State: "completed", StartTime: new Date(clock.now() - 60_000) }] });
    const [result] = await runSnapshotFresh(context, [check(900)]);
    expect(result).toMatchObject({ status: "ready", actual: 60 });
    expect(mock.commandCalls(DescribeSnapshotsCommand)[0]!.args[0].input).toEqual({
      OwnerIds: ["self"],
      Filters: [{ Name: "tag:relais:service", Values: ["ledger"] }],
      NextToken: undefined,
    });
  });
});
