import "./testing/offline-env";
import { Readable } from "node:stream";
import {
  CreateTagsCommand,
  DeleteSnapshotCommand,
  DescribeImagesCommand,
  RunInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
} from "@aws-sdk/client-ec2";
import { isReadOnlyCommand, ReadOnlyViolation } from "./read-only";
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

describe("the read-only gate", () => {
  test("recognises Describe* commands only", () => {
    expect(isReadOnlyCommand("DescribeImagesCommand")).toBe(true);
    expect(isReadOnlyCommand("DescribeAvailabilityZones")).toBe(true);
    for (const name of ["RunInstancesCommand", "Describe", "DescribeCommand", "describeImages", "CreateTags", ""]) {
      expect(isReadOnlyCommand(name)).toBe(false);
    }
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
    await expect(client.send(command() as never)).rejects.toThrow(ReadOnlyViolation);
    await expect(client.send(command() as never)).rejects.toThrow(`${name} was refused`);
    expect(bodies).toEqual([]);
  });
});
