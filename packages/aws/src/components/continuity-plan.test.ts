import * as pulumi from "@pulumi/pulumi";
import { installMocks, providerName, type Recorder, resolved, settleRegistrations } from "../testing/harness";

let recorder: Recorder = installMocks();

import * as aws from "@pulumi/aws";
import { MANIFEST_REGISTRY_KEY } from "@relais/policy";
import { componentPolicy, outscaleRisks, withServices, workload } from "../testing/fixtures";
import { ContinuityPlan } from "./continuity-plan";
import { FailoverService } from "./failover-service";

const PROVIDER = "pulumi:providers:aws";
const RESILIENCE = "aws:resiliencehub/v2Policy:V2Policy";

beforeEach(() => {
  recorder = installMocks();
});

// Registrations still in flight would otherwise land on the next test's mocks.
afterEach(() => settleRegistrations());

test("providers only for the sites the stack uses, named after the plan; none for on-premises or office sites", async () => {
  const plan = new ContinuityPlan("acme", { policy: componentPolicy(), env: {} });
  await settleRegistrations();
  // A plan alone deploys nothing anywhere: no provider, no credentials needed.
  expect(recorder.names(PROVIDER)).toEqual([]);
  const sites = { "aws-paris": workload("aws-paris"), "aws-frankfurt": workload("aws-frankfurt") };
  new FailoverService("api", { plan, service: "api", sites: sites as never });
  await settleRegistrations();
  expect(recorder.names(PROVIDER)).toEqual(["acme-aws-frankfurt", "acme-aws-paris"]);
  expect(recorder.named("acme-aws-paris").inputs).toMatchObject({ region: "eu-west-3" });
  expect(plan.site("dc").provider).toBeUndefined();
  expect(plan.site("eusc").provider).toBeDefined();
  await settleRegistrations();
  expect(recorder.named("acme-eusc").inputs).toMatchObject({ region: "eusc-de-east-1", skipRegionValidation: "true" });
});

test("a user-supplied aws.Provider serves its site as is", async () => {
  const mine = new aws.Provider("mine", { region: "eu-west-3", profile: "prod" });
  const plan = new ContinuityPlan("acme", { policy: componentPolicy(), env: {}, providers: { "aws-paris": mine } });
  const sites = { "aws-paris": workload("aws-paris"), "aws-frankfurt": workload("aws-frankfurt") };
  new FailoverService("api", { plan, service: "api", sites: sites as never });
  await settleRegistrations();
  expect(recorder.names(PROVIDER)).toEqual(["acme-aws-frankfurt", "mine"]);
  expect(providerName(recorder.named("api-aws-paris-asg").provider)).toBe("mine");
  expect(
    () => new ContinuityPlan("bad", { policy: componentPolicy(), env: {}, providers: { dc: mine } as never }),
  ).toThrow('ContinuityPlan "bad": providers.dc: site dc is on-premises and has no provider.');
});

test("Outscale providers get the FCU/OOS/EIM/LBU endpoints, the skip flags and OSC_* credentials (secret)", async () => {
  const plan = new ContinuityPlan("acme", {
    policy: componentPolicy(),
    env: { OSC_ACCESS_KEY: "AKOSC", OSC_SECRET_KEY: "SKOSC" },
  });
  expect(plan.site("osc-a").provider).toBeDefined();
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
  const plan = new ContinuityPlan("acme", {
    policy: componentPolicy(),
    env: {},
    providerArgs: { "aws-paris": { profile: "prod" } },
  });
  expect(plan.site("aws-paris").provider).toBeDefined();
  await settleRegistrations();
  expect(recorder.named("acme-aws-paris").inputs).toMatchObject({ region: "eu-west-3", profile: "prod" });
});

test("resilienceHub: a V2Policy per service on its first AWS site, with the service's objectives", async () => {
  const plan = new ContinuityPlan("acme", { policy: componentPolicy(), env: {}, resilienceHub: true });
  const sites = { "aws-paris": workload("aws-paris"), "aws-frankfurt": workload("aws-frankfurt") };
  new FailoverService("api", { plan, service: "api", sites: sites as never });
  await settleRegistrations();
  expect(recorder.names(RESILIENCE)).toEqual(["api-resilience"]);
  const policy = recorder.named("api-resilience");
  expect(policy.inputs).toMatchObject({
    multiRegion: { disasterRecoveryApproach: "WARM_STANDBY", rtoInMinutes: 15, rpoInMinutes: 1 },
    tags: { "relais:service": "api", "relais:tier": "critical", "relais:site": "aws-paris", "relais:role": "shared" },
  });
  expect(providerName(policy.provider)).toBe("acme-aws-paris");
});

test("resilienceHub is off by default, and a service without an AWS site gets none", async () => {
  const plain = new ContinuityPlan("plain", { policy: componentPolicy(), env: {} });
  const sites = { "aws-paris": workload("aws-paris"), "aws-frankfurt": workload("aws-frankfurt") };
  new FailoverService("api", { plan: plain, service: "api", sites: sites as never });
  const policy = withServices({
    svc: {
      tier: "standard",
      strategy: "warm-standby",
      sites: ["osc-a", "osc-b"],
      capacity: { required: 2, standby: 1, scaleUp: "10m" },
      traffic: { method: "manual" },
      data: { mode: "backup", every: "1d", restoreTime: "1h" },
    },
  });
  const acceptRisks = outscaleRisks("osc-a", "osc-b") as never;
  const hub = new ContinuityPlan("hub", { policy, env: {}, resilienceHub: true, acceptRisks });
  const osc = { "osc-a": workload("osc-a"), "osc-b": workload("osc-b") };
  new FailoverService("svc", { plan: hub, service: "svc", sites: osc as never });
  await settleRegistrations();
  expect(recorder.names(RESILIENCE)).toEqual([]);
});

test("acceptRisks must name a site of the policy and say why; every entry is in the manifest", async () => {
  expect(
    () =>
      new ContinuityPlan("bad", {
        policy: componentPolicy(),
        env: {},
        acceptRisks: [{ site: "mars", capability: "imdsv2", reason: "no metadata on Mars anyway" }],
      }),
  ).toThrow('ContinuityPlan "bad": acceptRisks[0].site: policy fixture has no site mars.');
  expect(
    () =>
      new ContinuityPlan("vague", {
        policy: componentPolicy(),
        env: {},
        acceptRisks: [{ site: "osc-a", capability: "imdsv2", reason: "ok" }],
      }),
  ).toThrow(/acceptRisks\[0\]\.reason: say why the risk is accepted/);
  const risks = outscaleRisks("osc-a");
  const plan = new ContinuityPlan("ok", { policy: componentPolicy(), env: {}, acceptRisks: risks as never });
  expect((await resolved(plan.manifest)).acceptedRisks).toEqual(risks);
});

test("a component created after the manifest was read is a construction error, not a silent omission", async () => {
  const plan = new ContinuityPlan("late", { policy: componentPolicy(), env: {} });
  await resolved(plan.manifest);
  const sites = { "aws-paris": workload("aws-paris"), "aws-frankfurt": workload("aws-frankfurt") };
  expect(() => new FailoverService("api", { plan, service: "api", sites: sites as never })).toThrow(
    'FailoverService "api": ContinuityPlan "late".manifest was already resolved when this component was created, so the manifest would miss it.',
  );
});

test("a service created after an await is in the manifest", async () => {
  const plan = new ContinuityPlan("awaited", { policy: componentPolicy(), env: {} });
  const manifest = plan.manifest;
  await Promise.resolve();
  const sites = { "aws-paris": workload("aws-paris"), "aws-frankfurt": workload("aws-frankfurt") };
  new FailoverService("api", { plan, service: "api", sites: sites as never });
  expect((await resolved(manifest)).services.map((service) => service.service)).toEqual(["api"]);
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
  // Read the way the preview runner does: through the documented global key, not through this package.
  const producers = (globalThis as { [key: symbol]: Array<() => Promise<unknown>> })[Symbol.for(MANIFEST_REGISTRY_KEY)];
  expect(await Promise.all(producers.map((producer) => producer()))).toEqual([manifest]);
  expect(pulumi.Output.isInstance(plan.manifest)).toBe(true);
});
