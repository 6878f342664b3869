import { InputError } from "@relais/policy";
import { planFailover } from "./plan";
import { planReport } from "./report";
import { failoverManifest } from "./testing/fixtures";

const summary = (lost: string[], extra: Partial<Parameters<typeof planFailover>[1]> = {}) =>
  planFailover([failoverManifest()], { lost, ...extra }).steps.map(
    (step) => `${step.order} ${step.service} ${step.site} ${step.action}`,
  );

describe("planFailover", () => {
  test("loss of an Outscale zone: start the stopped standbys, then move the manual record", () => {
    const plan = planFailover([failoverManifest()], { lost: ["gov-a"] });
    expect(plan.lost).toEqual(["gov-a"]);
    expect(plan.steps).toEqual([
      {
        order: 1,
        service: "payments-api",
        site: "gov-b",
        action: "StartInstances",
        required: 4,
        stopped: 3,
        why: "gov-a is lost; gov-b takes the primary role: start its 3 stopped instances so that 4 run",
      },
      {
        order: 2,
        service: "payments-api",
        site: "gov-b",
        action: "ChangeResourceRecordSets",
        zoneId: "ZPAY",
        name: "pay.example.eu",
        target: "10.0.2.10",
        ttl: 60,
        why: "gov-a is lost; gov-b takes the primary role: traffic is switched by hand: point pay.example.eu at 10.0.2.10",
      },
    ]);
  });

  test("loss of an AWS region: raise the surviving active group and the standby group; a lost standby needs nothing", () => {
    expect(summary(["aws-paris"])).toEqual(["1 portal eusc SetDesiredCapacity", "2 api eusc SetDesiredCapacity"]);
    const plan = planFailover([failoverManifest()], { lost: ["aws-paris"] });
    expect(plan.steps[1]!.why).toContain(
      "raise the Auto Scaling group's desired capacity from 1 to 3 (minSize stays with Pulumi)",
    );
  });

  test("what relais cannot do is a manual step that says what people must do", () => {
    const plan = planFailover([failoverManifest()], { lost: ["dc-1"] });
    expect(plan.steps.map((step) => [step.service, step.site, step.action])).toEqual([
      ["ledger", "aws-paris", "manual"],
      ["ledger", "aws-paris", "manual"],
    ]);
    expect(plan.steps[0]!.why).toContain("nothing runs at aws-paris yet: restore from backups");
    expect(plan.steps[1]!.why).toContain("no DNS record is deployed: point clients at aws-paris");
    const report = planReport(plan);
    expect(report.steps[0]).toMatchObject({ status: "skipped", resources: [] });
  });

  test("a service with no surviving site says it stays down", () => {
    const plan = planFailover([failoverManifest()], { lost: ["gov-a", "gov-b"] });
    expect(plan.steps).toHaveLength(1);
    expect(plan.steps[0]!.why).toBe(
      "payments-api has no surviving failover site: it stays down until gov-a is back or a site is added",
    );
  });

  test("runbook order and the simulation's failover site come first when a policy gives them", () => {
    expect(summary(["aws-paris"], { serviceOrder: ["api", "portal"] })).toEqual([
      "1 api eusc SetDesiredCapacity",
      "2 portal eusc SetDesiredCapacity",
    ]);
    expect(summary(["gov-a"], { failoverSites: { "payments-api": null } })[0]).toBe("1 payments-api gov-a manual");
  });

  test("the plan report lists every call with what it touches, nothing done", () => {
    const report = planReport(planFailover([failoverManifest()], { lost: ["gov-a"] }));
    expect(report.site).toBe("gov-a");
    expect(report.journal).toBeNull();
    expect(report.steps.map((step) => [step.status, step.resources])).toEqual([
      ["planned", ["instances tagged relais:service=payments-api, relais:site=gov-b"]],
      ["planned", ["ZPAY/pay.example.eu"]],
    ]);
  });

  test("a scenario's sites the stack does not use need nothing", () => {
    const plan = planFailover([failoverManifest()], { lost: ["hq", "gov-a"], fromScenario: true });
    expect(plan.lost).toEqual(["hq", "gov-a"]);
    expect(plan.steps.map((step) => step.action)).toEqual(["StartInstances", "ChangeResourceRecordSets"]);
  });

  test("an unknown site is an input error naming the sites", () => {
    expect(() => planFailover([failoverManifest()], { lost: ["gov-z"] })).toThrow(InputError);
    expect(() => planFailover([failoverManifest()], { lost: ["gov-z"] })).toThrow(
      "--site gov-z: the manifest has no site gov-z",
    );
  });
});
