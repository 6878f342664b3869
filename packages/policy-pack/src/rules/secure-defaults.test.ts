import { evaluateRules } from "../evaluate";
import { plan, res, run, tags } from "../testing/stack";
import { acknowledgedRisksRule } from "./acknowledged-risks";
import { bucketPublicAccessBlocked } from "./bucket-public-access-blocked";
import { imdsv2Required } from "./imdsv2-required";
import { volumesEncrypted } from "./volumes-encrypted";

const INSTANCE = "aws:ec2/instance:Instance";
const TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
const BUCKET = "aws:s3/bucket:Bucket";
const BLOCK = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";

const secureTemplate = res(TEMPLATE, "api-lt", {
  metadataOptions: { httpTokens: "required" },
  blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "true" } }],
  tags: tags("api", "aws-a"),
});
/** An Outscale instance as the components build it: FCU takes neither an IMDSv2 option nor an encryption flag. */
const fcuInstance = res(INSTANCE, "api-osc-vm-0", { rootBlockDevice: {}, tags: tags("api", "osc-a") });

describe("relais-imdsv2-required", () => {
  it("accepts a launch template that requires IMDSv2", async () => {
    expect(await run(imdsv2Required, [secureTemplate])).toEqual([]);
  });
  it("reports an instance whose metadata needs no token", async () => {
    const [violation] = await run(imdsv2Required, [fcuInstance]);
    expect(violation.message).toContain("api-osc-vm-0 at site osc-a: metadata is readable without a token");
    expect(violation.message).toContain('capability: "imdsv2"');
  });
});

describe("relais-volumes-encrypted", () => {
  it("accepts encrypted launch template volumes", async () => {
    expect(await run(volumesEncrypted, [secureTemplate])).toEqual([]);
  });
  it("reports an instance with an unencrypted root volume", async () => {
    const [violation] = await run(volumesEncrypted, [fcuInstance]);
    expect(violation.message).toContain("root volume not encrypted");
  });
});

describe("relais-bucket-public-access-blocked", () => {
  const bucket = res(BUCKET, "vault", { tags: tags("-", "osc-a", "-", "shared") });
  const block = (on: boolean) =>
    res(
      BLOCK,
      "vault-public-access",
      {
        blockPublicAcls: true,
        blockPublicPolicy: true,
        ignorePublicAcls: true,
        restrictPublicBuckets: on,
      },
      { dependsOn: { bucket: [bucket] } },
    );

  it("accepts a bucket with all four settings on", async () => {
    expect(await run(bucketPublicAccessBlocked, [bucket, block(true)])).toEqual([]);
  });
  it("reports a bucket without a block, or with a setting off", async () => {
    expect((await run(bucketPublicAccessBlocked, [bucket]))[0].message).toContain("no public access block");
    expect((await run(bucketPublicAccessBlocked, [bucket, block(false)]))[0].message).toContain(
      "leaves restrictPublicBuckets off",
    );
  });
});

describe("acknowledged risks", () => {
  const acknowledgements = plan([
    { site: "osc-a", capability: "imdsv2", reason: "FCU has no token-protected metadata" },
    { site: "osc-a", capability: "ebsEncryption", reason: "FCU takes no encryption flag; LUKS in the image" },
  ]);

  it("are reported as acknowledged, not as violations of the secure defaults", async () => {
    const rules = [imdsv2Required, volumesEncrypted, acknowledgedRisksRule];
    const violations = await evaluateRules([acknowledgements, fcuInstance], {}, rules);
    expect(violations).toEqual([
      {
        rule: "relais-acknowledged-risks",
        enforcementLevel: "advisory",
        message: "acknowledged: site osc-a lacks imdsv2 (FCU has no token-protected metadata)",
        urn: acknowledgements.urn,
      },
      {
        rule: "relais-acknowledged-risks",
        enforcementLevel: "advisory",
        message: "acknowledged: site osc-a lacks ebsEncryption (FCU takes no encryption flag; LUKS in the image)",
        urn: acknowledgements.urn,
      },
    ]);
  });

  it("cover only the site and capability they name", async () => {
    const other = res(INSTANCE, "api-osc-b-vm-0", { rootBlockDevice: {}, tags: tags("api", "osc-b") });
    const violations = await evaluateRules([acknowledgements, fcuInstance, other], {}, [imdsv2Required]);
    expect(violations.map((violation) => violation.urn)).toEqual([other.urn]);
  });
});
