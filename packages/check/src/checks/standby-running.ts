import { DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import type { PlannedCheck } from "../plan";
import type { CheckResult } from "../report";
import { allPages, type CheckRunner, count } from "./context";

type Planned = Extract<PlannedCheck, { check: "standby-running" }>;

/**
 * `standby-running`: at least the deployed number of instances carrying the service's `relais:service`,
 * `relais:site` and `relais:role` tags are `running` at the site. One (paginated) request per service.
 */
export const runStandbyRunning: CheckRunner<Planned> = async (context, planned) => {
  const results: CheckResult[] = [];
  for (const check of planned) {
    if (check.desired === 0) {
      results.push(evaluateStandby(context.site.id, check, 0));
      continue;
    }
    const filters = [
      { Name: "tag:relais:service", Values: [check.service] },
      { Name: "tag:relais:site", Values: [context.site.id] },
      { Name: "tag:relais:role", Values: [check.role] },
      { Name: "instance-state-name", Values: ["running"] },
    ];
    const pages = await allPages((NextToken) =>
      context.describe("DescribeInstances", (abortSignal) =>
        context.client.send(new DescribeInstancesCommand({ Filters: filters, NextToken }), { abortSignal }),
      ),
    );
    const running = pages
      .flatMap((page) => page.Reservations ?? [])
      .flatMap((reservation) => reservation.Instances ?? [])
      .filter((instance) => instance.State?.Name === undefined || instance.State.Name === "running").length;
    results.push(evaluateStandby(context.site.id, check, running));
  }
  return results;
};

/** The verdict from the number of running tagged instances. Pure. */
export function evaluateStandby(siteId: string, check: Planned, running: number): CheckResult {
  const base = { check: "standby-running", service: check.service, expected: check.desired, actual: running } as const;
  const noun = `${check.role} instance`;
  if (check.desired === 0) {
    return {
      ...base,
      status: "ready",
      reason: `no running ${check.role} capacity is deployed for ${check.service} in ${siteId} (desired 0): nothing to check`,
    };
  }
  const summary = `${running} of ${count(check.desired, noun)} running in ${siteId} for ${check.service}`;
  if (running >= check.desired) return { ...base, status: "ready", reason: summary };
  const missing = check.desired - running;
  return {
    ...base,
    status: "not-ready",
    reason:
      `${summary}: start ${missing} more (instances tagged relais:service=${check.service},` +
      ` relais:site=${siteId}, relais:role=${check.role}), or run pulumi up to restore the deployed capacity`,
  };
}
