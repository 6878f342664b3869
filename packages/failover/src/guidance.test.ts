import { join } from "node:path";
import { readManifestFile } from "@relais/check";
import { parsePolicyData, parsePolicyText, readPolicyFile } from "@relais/policy";
import { siteLossScenario } from "@relais/simulate";
import { REPO_ROOT } from "@relais/test-support";
import { scenarioGuidance } from "./guidance";
import { planFailover } from "./plan";

const policy = parsePolicyData(
  parsePolicyText(readPolicyFile(join(REPO_ROOT, "examples/policies/acme-payments.yaml"))).data,
).policy!;
const manifests = readManifestFile(join(REPO_ROOT, "test/fixtures/check/acme-payments.manifest.json"));

describe("scenarioGuidance", () => {
  test("the loss of gov-a: the database payments-api depends on comes first, failover sites from the simulation", () => {
    const guidance = scenarioGuidance(policy, siteLossScenario(policy, "gov-a"));
    expect(guidance.lost).toEqual(["gov-a"]);
    expect(guidance.failoverSites).toMatchObject({ "payments-api": "gov-b" });
    const order = guidance.serviceOrder!;
    expect(order.indexOf("ledger-db")).toBeLessThan(order.indexOf("payments-api"));
    const steps = planFailover(manifests, guidance).steps.map((step) => `${step.service} ${step.site} ${step.action}`);
    expect(steps).toEqual(["ledger-db gov-b StartInstances", "payments-api gov-b StartInstances"]);
  });
});
