import { resource, STACK } from "../testing/resources";
import { diffCaptures } from "./change-set";

const ASG = "aws:autoscaling/group:Group";
const RECORD = "aws:route53/record:Record";
const TOPIC = "aws:sns/topic:Topic";

describe("diffCaptures", () => {
  it("finds creates, deletes and updates with each changed input, sorted by name", () => {
    const before = [
      STACK,
      resource(RECORD, "api-gov-a-record", { failoverRoutingPolicies: [{ type: "PRIMARY" }], ttl: 60 }),
      resource(ASG, "api-gov-a-asg", { desiredCapacity: 8, minSize: 8 }),
      resource(ASG, "api-gov-b-asg", { desiredCapacity: 2, minSize: 2 }),
      resource(TOPIC, "alerts", { name: "alerts" }),
    ];
    const after = [
      STACK,
      resource(ASG, "api-gov-b-asg", { desiredCapacity: 8, minSize: 8 }),
      resource(ASG, "api-gov-a-asg", { desiredCapacity: 2, minSize: 2 }),
      resource(RECORD, "api-gov-a-record", { failoverRoutingPolicies: [{ type: "SECONDARY" }], ttl: 60 }),
      resource(TOPIC, "evacuation", { name: "evacuation" }),
    ];
    const { changes, summary } = diffCaptures(before, after);
    expect(summary).toEqual({ create: 1, update: 3, replace: 0, delete: 1, same: 0 });
    expect(changes.map((change) => [change.op, change.name])).toEqual([
      ["delete", "alerts"],
      ["update", "api-gov-a-asg"],
      ["update", "api-gov-a-record"],
      ["update", "api-gov-b-asg"],
      ["create", "evacuation"],
    ]);
    expect(changes[1].diffs).toEqual([
      { path: "desiredCapacity", old: 8, new: 2 },
      { path: "minSize", old: 8, new: 2 },
    ]);
    expect(changes[2].diffs).toEqual([{ path: "failoverRoutingPolicies[0].type", old: "PRIMARY", new: "SECONDARY" }]);
    expect(changes[4]).toMatchObject({ op: "create", type: TOPIC, inputs: { name: "evacuation" } });
    expect(changes[0]).toMatchObject({ op: "delete", inputs: { name: "alerts" } });
  });

  it("counts unchanged resources and never reports the stack resource", () => {
    const same = [STACK, resource(TOPIC, "alerts", { name: "alerts" })];
    expect(diffCaptures(same, same)).toEqual({
      changes: [],
      summary: { create: 0, update: 0, replace: 0, delete: 0, same: 1 },
    });
  });

  it("reports a resource moved to another provider as an update", () => {
    const provider = (name: string) => `urn:pulumi:dev::infra::pulumi:pulumi:Stack$pulumi:providers:aws::${name}`;
    const { changes } = diffCaptures(
      [resource(TOPIC, "alerts", {}, provider("gov-a"))],
      [resource(TOPIC, "alerts", {}, provider("gov-b"))],
    );
    expect(changes[0].diffs).toEqual([{ path: "(provider)", old: "gov-a", new: "gov-b" }]);
  });
});
