import "./testing/offline-env";
import { Readable } from "node:stream";
import * as ec2 from "@aws-sdk/client-ec2";
import {
  CreateTagsCommand,
  DeleteSnapshotCommand,
  DescribeImagesCommand,
  RunInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
} from "@aws-sdk/client-ec2";
import { ActionRefused, CHECK_ACTIONS, FAILOVER_ACTIONS } from "./allowlist";
import { createSiteClient } from "./site-client";

/** An SDK request handler that records what would go on the wire and answers an empty DescribeImages. */
function recordingHandler() {
  const bodies: string[] = [];
  return {
    bodies,
    handler: {
      handle: async (request: { body?: unknown }) => {
        bodies.push(String(request.body ?? ""));
        const xml =
          '<DescribeImagesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId>' +
          "<imagesSet/></DescribeImagesResponse>";
        return { response: { statusCode: 200, headers: {}, body: Readable.from([Buffer.from(xml)]) } };
      },
    },
  };
}

const site = { id: "gov-a", provider: "outscale", region: "cloudgouv-eu-west-1", zone: null } as const;
const credentials = { kind: "outscale-env", accessKeyId: "AKIDTEST", secretAccessKey: "secret" } as const;

describe("the action allowlist", () => {
  test("check's allows Describe* actions only", () => {
    expect(CHECK_ACTIONS.allows("DescribeImages")).toBe(true);
    expect(CHECK_ACTIONS.allows("DescribeAvailabilityZones")).toBe(true);
    for (const name of ["RunInstances", "Describe", "describeImages", "CreateTags", ""]) {
      expect(CHECK_ACTIONS.allows(name)).toBe(false);
    }
  });

  test("failover's names exactly its reads and three changes", () => {
    const allowed = ["DescribeInstances", "StartInstances", "DescribeAutoScalingGroups", "SetDesiredCapacity"];
    allowed.push("ChangeResourceRecordSets", "GetChange", "ListResourceRecordSets");
    for (const action of allowed) expect(FAILOVER_ACTIONS.allows(action)).toBe(true);
    for (const action of ["StopInstances", "UpdateAutoScalingGroup", "DescribeImages", "TerminateInstances", ""]) {
      expect(FAILOVER_ACTIONS.allows(action)).toBe(false);
    }
  });

  test.each([
    ["check", CHECK_ACTIONS, (name: string) => name.startsWith("Describe")],
    ["failover", FAILOVER_ACTIONS, (name: string) => name === "DescribeInstances" || name === "StartInstances"],
  ])("%s: of every command of the EC2 SDK, only the allowed ones reach the wire", async (_, allowlist, allowed) => {
    const { bodies, handler } = recordingHandler();
    const { client } = createSiteClient(site, { credentials, requestHandler: handler as never }, allowlist);
    const commands = ec2 as unknown as Record<string, { prototype?: { resolveMiddleware?: unknown } }>;
    const names = Object.keys(ec2).filter(
      (name) => name.endsWith("Command") && typeof commands[name]?.prototype?.resolveMiddleware === "function",
    );
    expect(names.length).toBeGreaterThan(500);
    for (const name of names) {
      const Command = (ec2 as unknown as Record<string, new (input: object) => never>)[name]!;
      await client.send(new Command({})).catch(() => undefined);
    }
    const sent = bodies.map((body) => /Action=([A-Za-z0-9]+)/.exec(body)?.[1]);
    expect(sent).toEqual(names.map((name) => name.replace(/Command$/, "")).filter(allowed));
  });

  test("lets Describe* commands through to the wire", async () => {
    const { bodies, handler } = recordingHandler();
    const { client } = createSiteClient(site, { credentials, requestHandler: handler as never });
    const output = await client.send(new DescribeImagesCommand({}));
    expect(output.Images).toEqual([]);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toContain("Action=DescribeImages");
  });

  test.each([
    ["RunInstances", () => new RunInstancesCommand({ MinCount: 1, MaxCount: 1 })],
    ["TerminateInstances", () => new TerminateInstancesCommand({ InstanceIds: ["i-1"] })],
    ["StopInstances", () => new StopInstancesCommand({ InstanceIds: ["i-1"] })],
    ["CreateTags", () => new CreateTagsCommand({ Resources: ["i-1"], Tags: [] })],
    ["DeleteSnapshot", () => new DeleteSnapshotCommand({ SnapshotId: "snap-1" })],
  ])("refuses %s on every site client before anything is sent", async (name, command) => {
    const { bodies, handler } = recordingHandler();
    // A profile that does not exist: reaching the credential step would fail differently.
    const { client } = createSiteClient(site, {
      credentials: { kind: "profile", profile: "relais-test-missing-profile" },
      requestHandler: handler as never,
    });
    await expect(client.send(command() as never)).rejects.toThrow(ActionRefused);
    await expect(client.send(command() as never)).rejects.toThrow(`${name} was refused`);
    expect(bodies).toEqual([]);
  });
});
