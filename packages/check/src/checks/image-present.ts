import { DescribeImagesCommand, type Image } from "@aws-sdk/client-ec2";
import type { CloudSite, PlannedCheck } from "../plan";
import type { CheckResult } from "../report";
import { type CheckRunner, siteLabel } from "./context";

type Planned = Extract<PlannedCheck, { check: "image-present" }>;

/**
 * `image-present`: each machine image the manifest names for this site exists there and is `available`. One
 * request per site; the `image-id` filter (unlike `ImageIds`) answers for the images it finds instead of failing
 * the whole call on the first missing one.
 */
export const runImagePresent: CheckRunner<Planned> = async (context, planned) => {
  const ids = [...new Set(planned.map((check) => check.imageId))].sort();
  const output = await context.describe("DescribeImages", (abortSignal) =>
    context.client.send(new DescribeImagesCommand({ Filters: [{ Name: "image-id", Values: ids }] }), { abortSignal }),
  );
  return planned.map((check) => evaluateImage(context.site, check, output.Images ?? []));
};

/** The verdict for one service's image from the images the site returned. Pure. */
export function evaluateImage(site: CloudSite, check: Planned, images: readonly Image[]): CheckResult {
  const base = { check: "image-present", service: check.service, expected: "available" } as const;
  const image = images.find((candidate) => candidate.ImageId === check.imageId);
  if (!image) {
    return {
      ...base,
      status: "not-ready",
      actual: null,
      reason:
        `image ${check.imageId} for ${check.service} is missing in ${siteLabel(site)}:` +
        " copy or register it there (images are regional) and update the stack, or failover instances cannot start",
    };
  }
  const state = image.State ?? "unknown";
  if (state === "available") {
    return {
      ...base,
      status: "ready",
      actual: state,
      reason: `image ${check.imageId} for ${check.service} is available`,
    };
  }
  return {
    ...base,
    status: "not-ready",
    actual: state,
    reason:
      `image ${check.imageId} for ${check.service} is ${state} in ${siteLabel(site)}, not available` +
      (state === "pending" ? ": wait for it to finish, then check again" : ": rebuild or re-copy it"),
  };
}
