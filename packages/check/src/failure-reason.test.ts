import { classify } from "./classify";
import { failureReason } from "./failure-reason";
import { RequestFailure } from "./request";

const scene = {
  site: { id: "eusc", provider: "aws-eusc", region: "eusc-de-east-1", zone: null },
  endpoint: "https://ec2.eusc-de-east-1.amazonaws.eu",
  credentials: { kind: "default-chain" },
} as const;

function reasonFor(error: object, action = "DescribeSnapshots", attempts = 1): string {
  return failureReason(new RequestFailure(action, classify(error), attempts), scene);
}

describe("failureReason", () => {
  test("a missing permission names the permission to grant", () => {
    const denied = {
      name: "UnauthorizedOperation",
      message: "You are not authorized",
      $metadata: { httpStatusCode: 403 },
    };
    expect(reasonFor(denied)).toBe(
      "not allowed to call DescribeSnapshots (UnauthorizedOperation: You are not authorized): grant" +
        " ec2:DescribeSnapshots; docs/check.md has a ready-to-use read-only policy",
    );
  });

  test("missing credentials say where they were looked for and what to set for the provider", () => {
    const missing = { name: "CredentialsProviderError", message: "Could not load credentials from any providers" };
    expect(reasonFor(missing)).toBe(
      "no credentials for site eusc from the AWS default credential chain (Could not load credentials from any" +
        " providers): the European Sovereign Cloud needs its own credentials: pass --profile eusc=NAME",
    );
  });

  test("other errors keep the provider's code and message", () => {
    const invalid = { name: "InvalidParameterValue", message: "bad filter", $metadata: { httpStatusCode: 400 } };
    expect(reasonFor(invalid, "DescribeImages")).toBe("DescribeImages failed (InvalidParameterValue: bad filter)");
  });
});
