import {
  type AutoScalingGroup,
  DescribeAutoScalingGroupsCommand,
  SetDesiredCapacityCommand,
} from "@aws-sdk/client-auto-scaling";
import { allPages } from "@relais/check";
import type { PlannedStep } from "../plan";
import { type StepContext, type StepOutcome, tagFilters } from "./context";

type Planned = Extract<PlannedStep, { action: "SetDesiredCapacity" }>;

/**
 * Raises the desired capacity of a service's Auto Scaling group at its failover site to `required`
 * (`SetDesiredCapacity` cannot touch `minSize`, which Pulumi owns), then reads the group back until it holds.
 * `already` when the group already wants at least `required`; `failed` when there is not exactly one group, or its
 * `maxSize` is below `required` (the API would refuse).
 */
export async function setCapacity(context: StepContext, step: Planned): Promise<StepOutcome> {
  const { client } = context.clients.autoScaling();
  const describe = (input: { Filters?: ReturnType<typeof tagFilters>; AutoScalingGroupNames?: string[] }) =>
    allPages((NextToken) =>
      context.send("DescribeAutoScalingGroups", (abortSignal) =>
        client.send(new DescribeAutoScalingGroupsCommand({ ...input, NextToken }), { abortSignal }),
      ),
    ).then((pages) => pages.flatMap((page) => page.AutoScalingGroups ?? []));
  const groups = await describe({ Filters: tagFilters(step.service, step.site) });
  const names = groups.map((group) => group.AutoScalingGroupName!).sort();
  const tags = `relais:service=${step.service}, relais:site=${step.site}`;
  if (groups.length !== 1) {
    return {
      status: "failed",
      resources: names,
      reason:
        groups.length === 0
          ? `no Auto Scaling group tagged ${tags} at ${step.site}: none was deployed there, or the tags were changed`
          : `${groups.length} Auto Scaling groups are tagged ${tags} (${names.join(", ")}): relais raises one; set their capacity by hand`,
    };
  }
  const group = groups[0]!;
  const name = group.AutoScalingGroupName!;
  const desired = group.DesiredCapacity ?? 0;
  if (desired >= step.required) {
    return {
      status: "already",
      resources: names,
      reason: `${name} already wants ${desired} instances (${step.required} required); ${inService(group)}`,
    };
  }
  if ((group.MaxSize ?? 0) < step.required) {
    return {
      status: "failed",
      resources: names,
      reason:
        `${name} has maxSize ${group.MaxSize}, below the ${step.required} required: the API would refuse;` +
        " raise it with pulumi config set relais:evacuate and pulumi up",
    };
  }
  context.starting(names);
  await context.send("SetDesiredCapacity", (abortSignal) =>
    client.send(
      new SetDesiredCapacityCommand({
        AutoScalingGroupName: name,
        DesiredCapacity: step.required,
        HonorCooldown: false,
      }),
      { abortSignal },
    ),
  );
  const { state, held } = await context.waitFor(
    () => describe({ AutoScalingGroupNames: [name] }),
    (read) => (read[0]?.DesiredCapacity ?? 0) >= step.required,
  );
  const now = state[0];
  if (!held) {
    return {
      status: "failed",
      resources: names,
      reason: `${name} still wants ${now?.DesiredCapacity ?? "no"} instances after ${context.stepTimeout} (${step.required} set)`,
    };
  }
  return {
    status: "done",
    resources: names,
    reason: `${name} desired capacity ${desired} → ${now!.DesiredCapacity} (${step.required} required); ${inService(now!)}`,
  };
}

function inService(group: AutoScalingGroup): string {
  const count = (group.Instances ?? []).filter((instance) => instance.LifecycleState === "InService").length;
  return `${count} in service so far (relais check follows them up)`;
}
