import { MOCK_ACCOUNT, mockInvoke, mockState, partitionOf } from "./mock-values";

describe("mock values", () => {
  it("gives the European Sovereign Cloud its own partition", () => {
    expect(partitionOf("eusc-de-east-1")).toEqual({ partition: "aws-eusc", dnsSuffix: "amazonaws.eu" });
    expect(partitionOf("eu-west-3")).toEqual({ partition: "aws", dnsSuffix: "amazonaws.com" });
  });

  it("echoes inputs with a deterministic ARN and name for AWS resources, and inputs alone otherwise", () => {
    expect(mockState("aws:sns/topic:Topic", "alerts", { displayName: "x" }, { region: "eusc-de-east-1" })).toEqual({
      name: "alerts",
      arn: `arn:aws-eusc:sns:eusc-de-east-1:${MOCK_ACCOUNT}:alerts`,
      displayName: "x",
    });
    expect(mockState("aws:s3/bucket:Bucket", "b", { name: "given" }, undefined)).toMatchObject({ name: "given" });
    expect(mockState("relais:aws:CrisisCell", "c", {}, undefined)).toEqual({});
  });

  it("answers the common provider functions from the provider's region", () => {
    const region = { region: "eusc-de-east-1" };
    expect(mockInvoke("aws:index/getPartition:getPartition", {}, region)).toMatchObject({ partition: "aws-eusc" });
    expect(mockInvoke("aws:index/getRegion:getRegion", {}, region)).toMatchObject({ name: "eusc-de-east-1" });
    expect(mockInvoke("aws:index/getCallerIdentity:getCallerIdentity", {}, region)).toMatchObject({
      accountId: MOCK_ACCOUNT,
      arn: `arn:aws-eusc:iam::${MOCK_ACCOUNT}:user/relais-preview`,
    });
    expect(mockInvoke("aws:index/getAvailabilityZones:getAvailabilityZones", {}, region)).toMatchObject({
      names: ["eusc-de-east-1a", "eusc-de-east-1b", "eusc-de-east-1c"],
    });
    expect(mockInvoke("aws:ec2/getAmi:getAmi", { owners: ["self"] }, region)).toEqual({ owners: ["self"] });
  });
});
