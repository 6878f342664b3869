import { installMocks, providerName, type Recorder, resolved, settleRegistrations } from "../testing/harness";

let recorder: Recorder = installMocks();

import { componentPolicy, outscaleRisks } from "../testing/fixtures";
import { ContinuityPlan } from "./continuity-plan";
import { CrisisCell } from "./crisis-cell";

beforeEach(() => {
  recorder = installMocks();
});
afterEach(() => settleRegistrations());

function plan(policy = componentPolicy(), acceptRisks: unknown[] = outscaleRisks("osc-a", "osc-b")) {
  return new ContinuityPlan("p", { policy, env: {}, resilienceHub: false, acceptRisks: acceptRisks as never });
}

test("a topic with the roles' contacts and a private, versioned, encrypted plan vault on the first cloud site", async () => {
  const p = plan();
  new CrisisCell("crisis", { plan: p, documents: { "plan/continuity-plan.md": "# Plan" } });
  await settleRegistrations();
  expect(recorder.inventory("crisis-")).toEqual([
    "Bucket crisis-vault",
    "BucketObjectv2 crisis-document-plan-continuity-plan-md",
    "BucketOwnershipControls crisis-vault-ownership",
    "BucketPolicy crisis-vault-tls-only",
    "BucketPublicAccessBlock crisis-vault-public-access",
    "BucketServerSideEncryptionConfiguration crisis-vault-encryption",
    "BucketVersioning crisis-vault-versioning",
    "Topic crisis-topic",
    "TopicSubscription crisis-crisis-director-email",
    "TopicSubscription crisis-crisis-director-sms",
  ]);
  expect(recorder.named("crisis-crisis-director-email").inputs).toMatchObject({
    protocol: "email",
    endpoint: "crisis@example.com",
    topic: "arn:mock:aws:sns/topic:Topic:crisis-topic",
  });
  expect(recorder.named("crisis-crisis-director-sms").inputs).toMatchObject({
    protocol: "sms",
    endpoint: "+33100000001",
  });
  expect(JSON.parse(recorder.named("crisis-vault-tls-only").inputs.policy).Statement).toEqual([
    {
      Sid: "DenyInsecureTransport",
      Effect: "Deny",
      Principal: "*",
      Action: "s3:*",
      Resource: ["arn:aws:s3:::crisis-vault-bucket", "arn:aws:s3:::crisis-vault-bucket/*"],
      Condition: { Bool: { "aws:SecureTransport": "false" } },
    },
  ]);
  expect(providerName(recorder.named("crisis-topic").provider)).toBe("p-aws-paris");
  expect(providerName(recorder.named("crisis-vault").provider)).toBe("p-aws-paris");
  expect(recorder.named("crisis-vault").inputs.tags).toMatchObject({
    "relais:role": "shared",
    "relais:site": "aws-paris",
  });
  expect(recorder.named("crisis-document-plan-continuity-plan-md").inputs).toMatchObject({
    key: "plan/continuity-plan.md",
    content: "# Plan",
    serverSideEncryption: "AES256",
  });
  expect((await resolved(p.manifest)).crisisCell).toEqual({ vaultSite: "aws-paris", topic: true });
});

test("an Outscale vault: private ACL, TLS-only policy and Object Lock (acknowledged); topicSite: false, no topic", async () => {
  expect(
    () => new CrisisCell("strict", { plan: plan(componentPolicy(), []), vaultSite: "osc-a", topicSite: false }),
  ).toThrow(
    'CrisisCell "strict": site osc-a (outscale) has no S3 public access block for the plan vault; a private ACL and a bucket policy denying plain HTTP apply instead (site osc-a, capability s3PublicAccessBlock).',
  );
  await settleRegistrations();
  recorder = installMocks();
  const p = plan();
  new CrisisCell("crisis", { plan: p, vaultSite: "osc-a", topicSite: false });
  await settleRegistrations();
  expect(recorder.inventory("crisis-")).toEqual([
    "Bucket crisis-vault",
    "BucketAcl crisis-vault-acl",
    "BucketObjectLockConfiguration crisis-vault-lock",
    "BucketPolicy crisis-vault-tls-only",
    "BucketServerSideEncryptionConfiguration crisis-vault-encryption",
    "BucketVersioning crisis-vault-versioning",
  ]);
  expect(recorder.named("crisis-vault").inputs.objectLockEnabled).toBe(true);
  expect(recorder.named("crisis-vault-lock").inputs).toMatchObject({
    objectLockEnabled: "Enabled",
    rule: { defaultRetention: { mode: "COMPLIANCE", days: 30 } },
  });
  expect((await resolved(p.manifest)).crisisCell).toEqual({ vaultSite: "osc-a", topic: false });
  expect((await resolved(p.manifest)).sites.map((site) => site.id)).toEqual(["osc-a"]);
});

test("a sovereign-only plan gets no topic by default (Outscale has no SNS)", async () => {
  const policy = componentPolicy();
  policy.sites = { "osc-a": policy.sites["osc-a"], "osc-b": policy.sites["osc-b"], hq: policy.sites.hq };
  policy.services.api.sites = ["osc-a", "osc-b"];
  policy.services.api.tier = "standard";
  const p = plan(policy);
  const cell = new CrisisCell("crisis", { plan: p });
  await settleRegistrations();
  expect(cell.topic).toBeUndefined();
  expect(cell.vaultSite).toBe("osc-a");
  expect(recorder.names("aws:sns/topic:Topic")).toEqual([]);
});

describe("construction errors", () => {
  test("the vault cannot go to an office, nor the topic to a site without SNS", () => {
    const p = plan();
    expect(() => new CrisisCell("a", { plan: p, vaultSite: "hq" })).toThrow(
      'CrisisCell "a": site hq (office) has no s3 capability (S3-compatible buckets), needed for the plan vault (an office or an external site cannot hold it).',
    );
    expect(() => new CrisisCell("b", { plan: p, topicSite: "osc-a" })).toThrow(
      'CrisisCell "b": site osc-a (outscale) has no sns capability (SNS topics and subscriptions), needed for the crisis cell\'s notification topic.',
    );
  });

  test("the policy needs a crisisCell section, and a plan has one crisis cell", () => {
    const policy = componentPolicy();
    delete policy.crisisCell;
    expect(() => new CrisisCell("c", { plan: plan(policy) })).toThrow(
      'CrisisCell "c": policy fixture has no crisisCell section.',
    );
    const p = plan();
    new CrisisCell("first", { plan: p, topicSite: false });
    expect(() => new CrisisCell("second", { plan: p, topicSite: false })).toThrow(
      'CrisisCell "second": ContinuityPlan "p" already has a crisis cell, CrisisCell "first".',
    );
  });
});
