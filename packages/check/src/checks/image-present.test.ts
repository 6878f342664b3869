import "../testing/offline-env";
import { DescribeImagesCommand } from "@aws-sdk/client-ec2";
import { mockClient } from "aws-sdk-client-mock";
import { OUTSCALE_SITE, siteContext } from "../testing/site-context";
import { evaluateImage, runImagePresent } from "./image-present";

const check = (service: string, imageId: string) => ({ check: "image-present" as const, service, imageId });

describe("image-present", () => {
  test("an available image is ready", () => {
    expect(evaluateImage(OUTSCALE_SITE, check("api", "ami-1"), [{ ImageId: "ami-1", State: "available" }])).toEqual({
      check: "image-present",
      service: "api",
      status: "ready",
      reason: "image ami-1 for api is available",
      expected: "available",
      actual: "available",
    });
  });

  test("a missing image is not ready and says images are regional", () => {
    const result = evaluateImage(OUTSCALE_SITE, check("api", "ami-9"), [{ ImageId: "ami-1", State: "available" }]);
    expect(result).toMatchObject({ status: "not-ready", actual: null });
    expect(result.reason).toContain("image ami-9 for api is missing in gov-b (outscale cloudgouv-eu-west-1)");
    expect(result.reason).toContain("images are regional");
  });

  test("a pending or failed image is not ready", () => {
    expect(evaluateImage(OUTSCALE_SITE, check("api", "ami-1"), [{ ImageId: "ami-1", State: "pending" }])).toMatchObject(
      {
        status: "not-ready",
        actual: "pending",
      },
    );
    expect(
      evaluateImage(OUTSCALE_SITE, check("api", "ami-1"), [{ ImageId: "ami-1", State: "failed" }]).reason,
    ).toContain("is failed in gov-b");
  });

  test("asks for all the site's images in one request, filtered by id", async () => {
    const { context, client } = siteContext();
    const mock = mockClient(client);
    mock.on(DescribeImagesCommand).resolves({ Images: [{ ImageId: "ami-2", State: "available" }] });
    const results = await runImagePresent(context, [
      check("web", "ami-2"),
      check("api", "ami-1"),
      check("job", "ami-2"),
    ]);
    expect(results.map((result) => [result.service, result.status])).toEqual([
      ["web", "ready"],
      ["api", "not-ready"],
      ["job", "ready"],
    ]);
    const calls = mock.commandCalls(DescribeImagesCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args[0].input).toEqual({ Filters: [{ Name: "image-id", Values: ["ami-1", "ami-2"] }] });
  });
});
