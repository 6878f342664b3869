import "../../check/src/testing/offline-env";
import * as autoScaling from "@aws-sdk/client-auto-scaling";
import * as ec2 from "@aws-sdk/client-ec2";
import * as route53 from "@aws-sdk/client-route-53";
import { siteClients } from "./clients";

/** Every command each SDK defines, sent through the failover clients: only the allowlisted ones reach the wire. */
function commandsOf(module: object): Array<[string, new (input: object) => never]> {
  return Object.entries(module).filter(
    ([name, value]) => name.endsWith("Command") && typeof value?.prototype?.resolveMiddleware === "function",
  ) as Array<[string, new (input: object) => never]>;
}

const site = { id: "aws-paris", provider: "aws", region: "eu-west-3", zone: null } as const;

test.each([
  ["EC2", ec2, "ec2", ["DescribeInstances", "StartInstances"]],
  ["Auto Scaling", autoScaling, "autoScaling", ["DescribeAutoScalingGroups", "SetDesiredCapacity"]],
  ["Route 53", route53, "route53", ["ChangeResourceRecordSets", "GetChange", "ListResourceRecordSets"]],
] as const)("of every %s command, only the failover allowlist reaches the wire", async (_, module, api, allowed) => {
  let sent = 0;
  const handler = {
    handle: async () => {
      sent += 1;
      throw Object.assign(new Error("stop here"), { name: "TimeoutError" });
    },
  };
  const clients = siteClients(site, {
    endpoints: new Map(),
    profiles: new Map(),
    env: {},
    requestHandler: handler as never,
  });
  const client = clients[api]().client as { send(command: never): Promise<unknown> };
  const reached: string[] = [];
  const commands = commandsOf(module);
  expect(commands.length).toBeGreaterThan(api === "ec2" ? 500 : 30);
  for (const [name, Command] of commands) {
    const before = sent;
    // Route 53 needs its URL labels filled to build a request; other commands ignore the extra fields.
    await client
      .send(new Command({ HostedZoneId: "Z1", Id: "C1", ChangeBatch: { Changes: [] } }))
      .catch(() => undefined);
    if (sent > before) reached.push(name.replace(/Command$/, ""));
  }
  expect(reached.sort()).toEqual([...allowed].sort());
});
