import { DescribeInstancesCommand, type Instance, StartInstancesCommand } from "@aws-sdk/client-ec2";
import { allPages } from "@relais/check";
import type { PlannedStep } from "../plan";
import { type StepContext, type StepOutcome, tagFilters } from "./context";

type Planned = Extract<PlannedStep, { action: "StartInstances" }>;

const PRESENT = ["pending", "running", "stopping", "stopped"];

/**
 * Starts the stopped instances of a service at its failover site (Outscale standbys kept stopped), found by their
 * `relais:service` and `relais:site` tags, then reads them back until every one runs. `already` when all were
 * running; `failed` when any is still not running at the step's deadline, or fewer than `required` exist.
 */
export async function startInstances(context: StepContext, step: Planned): Promise<StepOutcome> {
  const { client } = context.clients.ec2();
  const filters = [...tagFilters(step.service, step.site), { Name: "instance-state-name", Values: PRESENT }];
  const pages = await allPages((NextToken) =>
    context.send("DescribeInstances", (abortSignal) =>
      client.send(new DescribeInstancesCommand({ Filters: filters, NextToken }), { abortSignal }),
    ),
  );
  const found = instancesOf(pages);
  const ids = found.map((instance) => instance.InstanceId!).sort();
  const tags = `relais:service=${step.service}, relais:site=${step.site}`;
  if (ids.length === 0) {
    return {
      status: "failed",
      resources: [],
      reason: `no instances tagged ${tags} at ${step.site}: none was deployed there, or the tags were changed`,
    };
  }
  const stopping = found.filter((instance) => instance.State?.Name === "stopping");
  if (stopping.length > 0) {
    return {
      status: "failed",
      resources: ids,
      reason: `${names(stopping)} still stopping at ${step.site}: run again once stopped, with the same --journal`,
    };
  }
  const stopped = found.filter((instance) => instance.State?.Name === "stopped").map((i) => i.InstanceId!);
  if (stopped.length > 0) {
    context.starting(ids);
    await context.send("StartInstances", (abortSignal) =>
      client.send(new StartInstancesCommand({ InstanceIds: stopped.sort() }), { abortSignal }),
    );
  }
  const { state, held } = await context.waitFor(
    async () =>
      instancesOf([
        await context.send("DescribeInstances", (abortSignal) =>
          client.send(new DescribeInstancesCommand({ InstanceIds: ids }), { abortSignal }),
        ),
      ]),
    (instances) => instances.length === ids.length && instances.every((i) => i.State?.Name === "running"),
  );
  const running = state.filter((instance) => instance.State?.Name === "running");
  const started = stopped.length > 0 ? `started ${stopped.join(", ")}; ` : "";
  if (!held) {
    const down = state.filter((instance) => instance.State?.Name !== "running");
    const missing = ids.filter((id) => !state.some((instance) => instance.InstanceId === id));
    const details = [...down.map(describeState), ...missing.map((id) => `${id} not found`)].join("; ");
    return {
      status: "failed",
      resources: ids,
      reason: `${started}${running.length} of ${ids.length} running after ${context.stepTimeout} (${details})`,
    };
  }
  if (running.length < step.required) {
    return {
      status: "failed",
      resources: ids,
      reason:
        `${started}all ${running.length} tagged instances run, but the service needs ${step.required}:` +
        ` pulumi config set relais:evacuate and pulumi up create the rest`,
    };
  }
  return {
    status: stopped.length > 0 ? "done" : "already",
    resources: ids,
    reason: `${started}${running.length} of ${step.required} required instances running at ${step.site}`,
  };
}

function instancesOf(pages: ReadonlyArray<{ Reservations?: Array<{ Instances?: Instance[] }> }>): Instance[] {
  return pages.flatMap((page) => page.Reservations ?? []).flatMap((reservation) => reservation.Instances ?? []);
}

function names(instances: readonly Instance[]): string {
  return instances.map((instance) => instance.InstanceId).join(", ");
}

function describeState(instance: Instance): string {
  const reason = instance.StateReason?.Message ?? instance.StateReason?.Code;
  return `${instance.InstanceId} ${instance.State?.Name ?? "in an unknown state"}${reason ? `: ${reason}` : ""}`;
}
