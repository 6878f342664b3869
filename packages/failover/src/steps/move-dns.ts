import { isIP } from "node:net";
import {
  ChangeResourceRecordSetsCommand,
  GetChangeCommand,
  ListResourceRecordSetsCommand,
  type ResourceRecordSet,
  type RRType,
} from "@aws-sdk/client-route-53";
import type { PlannedStep } from "../plan";
import type { StepContext, StepOutcome } from "./context";

type Planned = Extract<PlannedStep, { action: "ChangeResourceRecordSets" }>;

/**
 * Points a service's name at its failover site (`UPSERT` of a simple record: `A`/`AAAA` for an address, `CNAME`
 * for a host name), then waits until Route 53 reports the change `INSYNC` and the record reads back with the new
 * target. `already` when the record already points there.
 */
export async function moveDns(context: StepContext, step: Planned): Promise<StepOutcome> {
  const { client } = context.clients.route53();
  const type = recordType(step.target);
  const resource = `${step.zoneId}/${step.name}`;
  const read = async () => {
    const output = await context.send("ListResourceRecordSets", (abortSignal) =>
      client.send(
        new ListResourceRecordSetsCommand({
          HostedZoneId: step.zoneId,
          StartRecordName: step.name,
          StartRecordType: type,
          MaxItems: 1,
        }),
        { abortSignal },
      ),
    );
    return (output.ResourceRecordSets ?? []).find((record) => sameName(record.Name, step.name) && record.Type === type);
  };
  const before = await read();
  if (pointsAt(before, step.target)) {
    return { status: "already", resources: [resource], reason: `${step.name} already points at ${step.target}` };
  }
  context.starting([resource]);
  const change = await context.send("ChangeResourceRecordSets", (abortSignal) =>
    client.send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: step.zoneId,
        ChangeBatch: {
          Comment: `relais failover: ${step.service} to ${step.site}`,
          Changes: [
            {
              Action: "UPSERT",
              ResourceRecordSet: {
                Name: step.name,
                Type: type,
                TTL: step.ttl,
                ResourceRecords: [{ Value: step.target }],
              },
            },
          ],
        },
      }),
      { abortSignal },
    ),
  );
  const id = change.ChangeInfo?.Id ?? "";
  const synced = await context.waitFor(
    () => context.send("GetChange", (abortSignal) => client.send(new GetChangeCommand({ Id: id }), { abortSignal })),
    (output) => output.ChangeInfo?.Status === "INSYNC",
  );
  if (!synced.held) {
    return {
      status: "failed",
      resources: [resource],
      reason: `change ${id} is still ${synced.state.ChangeInfo?.Status ?? "unknown"} after ${context.stepTimeout}`,
    };
  }
  const after = await read();
  if (!pointsAt(after, step.target)) {
    return {
      status: "failed",
      resources: [resource],
      reason: `change ${id} is INSYNC but ${step.name} ${type} reads ${values(after) || "nothing"}, not ${step.target}`,
    };
  }
  return {
    status: "done",
    resources: [resource],
    reason: `${step.name} ${type} now points at ${step.target} (was ${values(before) || "absent"}; change ${id} INSYNC)`,
  };
}

function recordType(target: string): RRType {
  const family = isIP(target);
  return family === 4 ? "A" : family === 6 ? "AAAA" : "CNAME";
}

/** Route 53 names end with a dot and may escape characters; compare without the final dot, case-insensitively. */
function sameName(a: string | undefined, b: string): boolean {
  const normal = (name: string) => name.replace(/\.$/, "").toLowerCase();
  return a !== undefined && normal(a) === normal(b);
}

function pointsAt(record: ResourceRecordSet | undefined, target: string): boolean {
  const list = record?.ResourceRecords ?? [];
  return list.length === 1 && sameName(list[0]!.Value, target);
}

function values(record: ResourceRecordSet | undefined): string {
  return (record?.ResourceRecords ?? []).map((entry) => entry.Value).join(", ");
}
