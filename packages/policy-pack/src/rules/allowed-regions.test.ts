import { res, run, tags } from "../testing/stack";
import { allowedRegions } from "./allowed-regions";

const SG = "aws:ec2/securityGroup:SecurityGroup";
const EU = { allowedRegions: ["eusc-de-east-1", "eu-west-3"] };

describe("relais-allowed-regions", () => {
  it("accepts resources in allowed regions, global ones, and any region without a list", async () => {
    const resources = [
      res(SG, "a", { tags: tags("api", "a") }, { region: "eusc-de-east-1" }),
      res("aws:route53/record:Record", "r", {}, { region: "us-east-1" }),
    ];
    expect(await run(allowedRegions, resources, EU)).toEqual([]);
    expect(await run(allowedRegions, [res(SG, "b", {}, { region: "us-east-1" })])).toEqual([]);
  });

  it("reports a resource outside the allowed regions", async () => {
    const violations = await run(allowedRegions, [res(SG, "b", {}, { region: "us-east-1" })], EU);
    expect(violations).toHaveLength(1);
    expect(violations[0].message).toContain("b is in region us-east-1, which is not allowed here");
  });
});
