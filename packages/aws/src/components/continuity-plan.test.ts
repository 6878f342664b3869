import * as pulumi from "@pulumi/pulumi";
import { installMocks, providerName, type Recorder, resolved, settleRegistrations } from "../testing/harness";

let recorder: Recorder = installMocks();

import { registeredManifests } from "@relais/policy";
import { componentPolicy } from "../testing/fixtures";
import { ContinuityPlan } from "./continuity-plan";

const PROVIDER = "pulumi:providers:aws";
const RESILIENCY = "aws:resiliencehub/resiliencyPolicy:ResiliencyPolicy";

beforeEach(() => {
  recorder = installMocks();
});

// Registrations still in flight would otherwise land on the next test's mocks.
afterEach(() => settleRegistrations());

test("one provider per cloud site, named after the plan; none for on-premises or office sites", async () => {
  new ContinuityPlan("acme", { policy: componentPolicy(), env: {} });
  await settleRegistrations();
  expect(recorder.names(PROVIDER)).toEqual([
    "acme-aws-frankfurt",
    "acme-aws-paris",
    "acme-eusc",
    "acme-osc-a",
    "acme-osc-b",
  ]);
  expect(recorder.named("acme-aws-paris").inputs).toMatchObject({ region: "eu-west-3" });
  expect(recorder.named("acme-eusc").inputs).toMatchObject({ region: "eusc-de-east-1", skipRegionValidation: "true" });
});

test("Outscale providers get the FCU/OOS/EIM/LBU endpoints, the skip flags and OSC_* credentials (secret)", async () => {
  const plan = new ContinuityPlan("acme", {
    policy: componentPolicy(),
    env: { OSC_ACCESS_KEY: "AKOSC", OSC_SECRET_KEY: "SKOSC" },
  });
  await settleRegistrations();
  const inputs = recorder.named("acme-osc-a").inputs;
  expect(inputs.region).toBe("eu-west-2");
  expect(JSON.parse(inputs.endpoints)).toEqual([
    {
      ec2: "https://fcu.eu-west-2.outscale.com",
      s3: "https://oos.eu-west-2.outscale.com",
      iam: "https://eim.eu-west-2.outscale.com",
      elb: "https://lbu.eu-west-2.outscale.com",
    },
  ]);
  for (const flag of [
    "skipRegionValidation",
    "skipCredentialsValidation",
    "skipRequestingAccountId",
    "skipMetadataApiCheck",
    "s3UsePathStyle",
  ]) {
    expect(inputs[flag]).toBe("true");
  }
  // The provider schema marks both credentials secret: the mocks see them wrapped.
  expect(inputs.accessKey).toMatchObject({ value: "AKOSC" });
  expect(inputs.secretKey).toMatchObject({ value: "SKOSC" });
  expect(plan.site("osc-a").partition).toBe("aws");
  expect(plan.site("eusc").partition).toBe("aws-eusc");
});

test("providerArgs are merged over the derived ones", async () => {
  new ContinuityPlan("acme", {
    policy: componentPolicy(),
    env: {},
    providerArgs: { "aws-paris": { profile: "prod" } },
  });
  await settleRegistrations();
  expect(recorder.named("acme-aws-paris").inputs).toMatchObject({ region: "eu-west-3", profile: "prod" });
});

test("a Resilience Hub policy per tier on each AWS and sovereign region, on that site's provider", async () => {
  new ContinuityPlan("acme", { policy: componentPolicy(), env: {} });
  await settleRegistrations();
  expect(recorder.names(RESILIENCY)).toEqual([
    "acme-critical-aws-frankfurt-resiliency",
    "acme-critical-aws-paris-resiliency",
    "acme-critical-eusc-resiliency",
    "acme-standard-aws-frankfurt-resiliency",
    "acme-standard-aws-paris-resiliency",
    "acme-standard-eusc-resiliency",
  ]);
  const critical = recorder.named("acme-critical-eusc-resiliency");
  const scope = { rto: "900s", rpo: "60s" };
  expect(critical.inputs).toMatchObject({
    tier: "MissionCritical",
    policy: { az: scope, hardware: scope, software: scope, region: scope },
  });
  expect(providerName(critical.provider)).toBe("acme-eusc");
  expect(critical.inputs.tags).toMatchObject({
    "relais:service": "-",
    "relais:tier": "critical",
    "relais:site": "eusc",
    "relais:role": "shared",
  });
});

test("resilienceHub: false creates none; a tier map overrides the derived tier", async () => {
  new ContinuityPlan("none", { policy: componentPolicy(), env: {}, resilienceHub: false });
  new ContinuityPlan("map", { policy: componentPolicy(), env: {}, resilienceHub: { standard: "NonCritical" } });
  await settleRegistrations();
  expect(recorder.names(RESILIENCY).filter((name) => name.startsWith("none-"))).toEqual([]);
  expect(recorder.named("map-standard-eusc-resiliency").inputs.tier).toBe("NonCritical");
  expect(
    () => new ContinuityPlan("bad", { policy: componentPolicy(), env: {}, resilienceHub: { gold: "Critical" } }),
  ).toThrow('ContinuityPlan "bad": resilienceHub names tier gold, which policy fixture does not define.');
});

test("plan.site and plan.service give typed access and name the known ids when asked for another", () => {
  const plan = new ContinuityPlan("acme", { policy: componentPolicy(), env: {} });
  expect(plan.site("osc-a").spec.zone).toBe("eu-west-2a");
  expect(plan.site("dc").provider).toBeUndefined();
  expect(plan.site("osc-a").has("autoscaling")).toBe(false);
  expect(plan.service("api").tier.rto).toBe(900);
  expect(() => plan.site("mars")).toThrow('ContinuityPlan "acme": policy fixture has no site mars.');
  expect(() => plan.service("nope")).toThrow('ContinuityPlan "acme": policy fixture has no service nope.');
});

test("relais:evacuate comes from Pulumi config and must name a site", async () => {
  recorder = installMocks({ config: { "relais:evacuate": "aws-paris" } });
  expect(new ContinuityPlan("acme", { policy: componentPolicy(), env: {} }).evacuate).toBe("aws-paris");
  expect(new ContinuityPlan("arg", { policy: componentPolicy(), env: {}, evacuate: "eusc" }).evacuate).toBe("eusc");
  await settleRegistrations();
  recorder = installMocks({ config: { "relais:evacuate": "atlantis" } });
  expect(() => new ContinuityPlan("bad", { policy: componentPolicy(), env: {} })).toThrow(
    'ContinuityPlan "bad": relais:evacuate is atlantis, which is not a site of policy fixture.',
  );
});

test("an invalid policy is a construction error before any child exists", async () => {
  const policy = componentPolicy();
  policy.services.api.tier = "gold";
  expect(() => new ContinuityPlan("bad", { policy, env: {} })).toThrow(
    /ContinuityPlan "bad": the policy is invalid \(1 error\)/,
  );
  await settleRegistrations();
  expect(recorder.ofType(PROVIDER)).toEqual([]);
});

test("arguments are validated: unknown keys and bad types name the field", () => {
  expect(() => new ContinuityPlan("typo", { policy: componentPolicy(), evacuat: "x" } as never)).toThrow(
    /ContinuityPlan "typo": invalid arguments: args: Unrecognized key: "evacuat"/,
  );
  expect(() => new ContinuityPlan("date", { policy: componentPolicy(), today: "tomorrow" })).toThrow(
    /ContinuityPlan "date": invalid arguments: today: /,
  );
});

test("the manifest of a plan without services lists no sites, and is registered for the preview runner", async () => {
  const plan = new ContinuityPlan("empty-plan", { policy: componentPolicy(), env: {} });
  const manifest = await resolved(plan.manifest);
  expect(manifest).toEqual({
    version: 2,
    policy: "fixture",
    evacuate: null,
    sites: [],
    services: [],
    crisisCell: null,
    acceptedRisks: [],
  });
  const registered = await registeredManifests();
  expect(registered.length).toBeGreaterThan(0);
  expect(registered[registered.length - 1]).toEqual(manifest);
  expect(pulumi.Output.isInstance(plan.manifest)).toBe(true);
});
