import { loadPulumiProject } from "../project/pulumi-project";
import { SECRET_PLACEHOLDER } from "../project/stack-config";
import { fixtureProgram } from "../testing/programs";
import { ProgramError, ProgramTimeoutError } from "./program-errors";
import { runProgram } from "./run-program";

const STACK_URN = "urn:pulumi:dev::raw-aws::pulumi:pulumi:Stack::raw-aws-dev";
/** Each test starts a Node.js process that loads Pulumi: seconds, more on a busy machine. */
const SLOW = 60_000;

async function failure(name: string, timeoutMs?: number): Promise<Error> {
  try {
    await runProgram(loadPulumiProject(fixtureProgram(name)), { timeoutMs });
  } catch (error) {
    return error as Error;
  }
  throw new Error(`${name} did not fail`);
}

describe("runProgram", () => {
  it(
    "captures every resource with its type, name, inputs, parent and provider",
    async () => {
      const capture = await runProgram(loadPulumiProject(fixtureProgram("raw-aws")));
      const byName = new Map(capture.resources.map((resource) => [resource.name, resource]));
      expect([...byName.keys()].sort()).toEqual(["alerts", "paris", "raw-aws-dev", "web", "web-check", "web-record"]);
      expect(byName.get("raw-aws-dev")).toMatchObject({ type: "pulumi:pulumi:Stack", parent: null, custom: false });
      expect(byName.get("web")).toEqual({
        urn: "urn:pulumi:dev::raw-aws::pulumi:pulumi:Stack$aws:autoscaling/group:Group::web",
        type: "aws:autoscaling/group:Group",
        name: "web",
        custom: true,
        parent: STACK_URN,
        provider: "urn:pulumi:dev::raw-aws::pulumi:pulumi:Stack$pulumi:providers:aws::paris",
        inputs: { availabilityZones: ["eu-west-3a"], desiredCapacity: 2, maxSize: 4, minSize: 0 },
      });
      // Outputs of one resource flow into another's inputs with the mocks' deterministic ids.
      expect(byName.get("web-record")?.inputs).toMatchObject({
        healthCheckId: "web-check-id",
        failoverRoutingPolicies: [{ type: "PRIMARY" }],
        ttl: 60,
      });
      expect(byName.get("paris")?.inputs.region).toBe("eu-west-3");
      expect(capture.outputs).toEqual({ groupName: "web", password: SECRET_PLACEHOLDER });
      expect(capture.manifests).toEqual([]);
      expect(capture.stats.maxRssBytes).toBeGreaterThan(10 * 1024 * 1024);
    },
    SLOW,
  );

  it(
    "passes extra config such as relais:evacuate to the program",
    async () => {
      const capture = await runProgram(loadPulumiProject(fixtureProgram("raw-aws")), {
        config: { "relais:evacuate": "paris" },
      });
      const names = capture.resources.map((resource) => resource.name).sort();
      expect(names).toContain("evacuation-alerts");
      expect(names).not.toContain("alerts");
      const group = capture.resources.find((resource) => resource.name === "web");
      expect(group?.inputs.desiredCapacity).toBe(0);
    },
    SLOW,
  );

  it(
    "runs a JavaScript entry that exports a function, with Pulumi.yaml config defaults",
    async () => {
      const capture = await runProgram(loadPulumiProject(fixtureProgram("javascript")));
      const buckets = capture.resources.filter((resource) => resource.type === "aws:s3/bucket:Bucket");
      expect(buckets.map((bucket) => bucket.name).sort()).toEqual(["logs-0", "logs-1"]);
      expect(buckets[0].inputs).toEqual({ tags: { "relais:role": "shared" } });
    },
    SLOW,
  );

  it(
    "reports a program that throws with the message and the TypeScript file and line",
    async () => {
      const error = await failure("throws");
      expect(error).toBeInstanceOf(ProgramError);
      expect((error as ProgramError).location).toEqual({ file: "sites.ts", line: 4, column: 33 });
      expect(error.message).toMatch(
        /^the program throws \(stack dev\) failed at .*throws\/sites\.ts:4:33: unknown site gov-b: declare it in continuity\.yaml$/,
      );
      expect((error as ProgramError).hint).toContain("fix sites.ts line 4");
    },
    SLOW,
  );

  it(
    "stops a program that never finishes at the timeout",
    async () => {
      // The program never ends by itself: the error is the timeout's, and Jest's own timeout catches a runner that
      // would wait for ever.
      const error = await failure("hangs", 1500);
      expect(error).toBeInstanceOf(ProgramTimeoutError);
      expect(error.message).toBe("the program hangs (stack dev) did not finish within 1.5 s and was stopped");
      expect((error as ProgramTimeoutError).hint).toContain("--timeout");
    },
    SLOW,
  );

  it(
    "reports a program that awaits a promise nothing can settle",
    async () => {
      const error = await failure("pending");
      expect(error).toBeInstanceOf(ProgramError);
      expect(error.message).toBe(
        "the program pending (stack dev) failed: it stopped with work pending: it awaits a promise that never settles",
      );
    },
    SLOW,
  );

  it(
    "says to install dependencies when the program cannot load a package",
    async () => {
      const error = await failure("no-deps");
      expect(error).toBeInstanceOf(ProgramError);
      expect(error.message).toMatch(
        /cannot load the module @relais-missing\/never-installed at .*no-deps\/index\.js:2:1$/,
      );
      expect((error as ProgramError).hint).toContain("install the program's dependencies");
    },
    SLOW,
  );

  it(
    "reports a TypeScript program's missing import at the line of that import, in the user's file",
    async () => {
      const error = await failure("ts-missing");
      expect(error.message).toMatch(
        /cannot load the module @relais-missing\/never-installed at .*ts-missing\/index\.ts:4:1$/,
      );
    },
    SLOW,
  );
});
