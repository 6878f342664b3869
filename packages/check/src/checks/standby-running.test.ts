import "../testing/offline-env";
import { DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import { mockClient } from "aws-sdk-client-mock";
import { siteContext } from "../testing/site-context";
import { evaluateStandby, runStandbyRunning } from "./standby-running";

const standby = (desired: number) => ({
  check: "standby-running" as const,
  service: "payments-api",
  role: "standby" as const,
  desired,
});

describe("standby-running", () => {
  test("says how many of the expected instances run, and what to do when short", () => {
    const short = evaluateStandby("osc-paris-b", standby(3), 2);
    expect(short).toMatchObject({ status: "not-ready", expected: 3, actual: 2 });
    expect(short.reason).toMatch(/^2 of 3 standby instances running in osc-paris-b for payments-api: start 1 more/);
    expect(short.reason).toContain("relais:service=payments-api, relais:site=osc-paris-b, relais:role=standby");
    expect(evaluateStandby("osc-paris-b", standby(3), 3)).toMatchObject({
      status: "ready",
      reason: "3 of 3 standby instances running in osc-paris-b for payments-api",
    });
    expect(evaluateStandby("osc-paris-b", standby(1), 4).status).toBe("ready");
  });

  test("nothing deployed to run is ready without asking", async () => {
    const { context, client } = siteContext();
    const mock = mockClient(client);
    const [result] = await runStandbyRunning(context, [standby(0)]);
    expect(result).toMatchObject({ status: "ready", expected: 0, actual: 0 });
    expect(mock.calls()).toHaveLength(0);
  });

  test("filters by the relais tags and the running state, following every page", async () => {
    const { context, client } = siteContext();
    const mock = mockClient(client);
    const instance = (id: string) => ({ InstanceId: id, State: { Name: "running" as const, Code: 16 } });
    mock
      .on(DescribeInstancesCommand)
      .resolvesOnce({ Reservations: [{ Instances: [instance("i-1"), instance("i-2")] }], NextToken: "t2" })
      .resolvesOnce({ Reservations: [{ Instances: [instance("i-3")] }] });
    const [result] = await runStandbyRunning(context, [standby(4)]);
    expect(result).toMatchObject({ status: "not-ready", actual: 3 });
    const inputs = mock.commandCalls(DescribeInstancesCommand).map((call) => call.args[0].input);
    expect(inputs).toEqual([
      {
        Filters: [
          { Name: "tag:relais:service", Values: ["payments-api"] },
          { Name: "tag:relais:site", Values: ["gov-b"] },
          { Name: "tag:relais:role", Values: ["standby"] },
          { Name: "instance-state-name", Values: ["running"] },
        ],
        NextToken: undefined,
      },
      expect.objectContaining({ NextToken: "t2" }),
    ]);
  });
});
