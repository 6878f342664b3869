import { outscaleEndpoints, partitionOf, regionOf, siteProviderArgs } from "./sites";

describe("siteProviderArgs", () => {
  test("an aws site gets its region only", () => {
    expect(siteProviderArgs({ provider: "aws", region: "eu-west-3" }, {})).toEqual({ region: "eu-west-3" });
  });

  test("an aws-eusc site gets eusc-de-east-1 and skips the local region check", () => {
    expect(siteProviderArgs({ provider: "aws-eusc", region: undefined }, {})).toEqual({
      region: "eusc-de-east-1",
      skipRegionValidation: true,
    });
  });

  test("an outscale site gets the FCU/OOS/EIM/LBU endpoints of its region and every skip flag", () => {
    expect(siteProviderArgs({ provider: "outscale", region: "cloudgouv-eu-west-1" }, {})).toEqual({
      region: "cloudgouv-eu-west-1",
      endpoints: [
        {
          ec2: "https://fcu.cloudgouv-eu-west-1.outscale.com",
          s3: "https://oos.cloudgouv-eu-west-1.outscale.com",
          iam: "https://eim.cloudgouv-eu-west-1.outscale.com",
          elb: "https://lbu.cloudgouv-eu-west-1.outscale.com",
        },
      ],
      skipRegionValidation: true,
      skipCredentialsValidation: true,
      skipRequestingAccountId: true,
      skipMetadataApiCheck: true,
      s3UsePathStyle: true,
    });
  });

  test("outscale credentials come from OSC_ACCESS_KEY and OSC_SECRET_KEY only when both are set", () => {
    const site = { provider: "outscale" as const, region: "eu-west-2" };
    expect(siteProviderArgs(site, { OSC_ACCESS_KEY: "AK", OSC_SECRET_KEY: "SK" })).toMatchObject({
      accessKey: "AK",
      secretKey: "SK",
    });
    const half = siteProviderArgs(site, { OSC_ACCESS_KEY: "AK" });
    expect(half).not.toHaveProperty("accessKey");
    expect(half).not.toHaveProperty("secretKey");
  });

  test("sites without a cloud provider have no provider arguments", () => {
    expect(() => siteProviderArgs({ provider: "on-premises", region: undefined }, {})).toThrow(
      "on-premises sites have no cloud region",
    );
    expect(() => siteProviderArgs({ provider: "colocation", region: "x" }, {})).toThrow(
      "colocation sites have no cloud provider",
    );
  });
});

describe("partitionOf", () => {
  test.each([
    [{ provider: "aws" as const, region: "eu-west-3" }, "aws"],
    [{ provider: "aws" as const, region: "cn-north-1" }, "aws-cn"],
    [{ provider: "aws" as const, region: "us-gov-west-1" }, "aws-us-gov"],
    [{ provider: "aws-eusc" as const, region: "eusc-de-east-1" }, "aws-eusc"],
    [{ provider: "aws-eusc" as const, region: undefined }, "aws-eusc"],
    [{ provider: "outscale" as const, region: "eu-west-2" }, "aws"],
  ])("%j is in partition %s", (site, partition) => {
    expect(partitionOf(site)).toBe(partition);
  });
});

test("regionOf defaults the sovereign cloud's region", () => {
  expect(regionOf({ provider: "aws-eusc", region: undefined })).toBe("eusc-de-east-1");
  expect(regionOf({ provider: "outscale", region: "us-east-2" })).toBe("us-east-2");
});

test("outscaleEndpoints follows the region", () => {
  expect(outscaleEndpoints("ap-northeast-1").ec2).toBe("https://fcu.ap-northeast-1.outscale.com");
});
