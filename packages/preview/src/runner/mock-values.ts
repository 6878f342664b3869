import type { JsonValue } from "./protocol";

/** The account id every mocked ARN and caller identity uses. */
export const MOCK_ACCOUNT = "123456789012";

/** What a mocked AWS provider is configured with, read from its captured inputs. */
export interface ProviderSettings {
  region: string;
}

/** The AWS partition of a region: the European Sovereign Cloud has its own. */
export function partitionOf(region: string): { partition: string; dnsSuffix: string } {
  return region.startsWith("eusc-")
    ? { partition: "aws-eusc", dnsSuffix: "amazonaws.eu" }
    : { partition: "aws", dnsSuffix: "amazonaws.com" };
}

/**
 * The state the mocks return for a new resource: its inputs, plus a deterministic `arn` (and `name`) for AWS
 * resources, so that programs reading them get stable values and two runs differ only where the program does.
 */
export function mockState(
  type: string,
  name: string,
  inputs: Record<string, JsonValue>,
  provider: ProviderSettings | undefined,
): Record<string, JsonValue> {
  if (!type.startsWith("aws:")) return inputs;
  const region = provider?.region ?? "us-east-1";
  const service = /^aws:([^/:]+)/.exec(type)?.[1] ?? "aws";
  const arn = `arn:${partitionOf(region).partition}:${service}:${region}:${MOCK_ACCOUNT}:${name}`;
  return { name, arn, ...inputs };
}

/**
 * Results of the provider functions programs and components commonly call (partition, region, account, zones); any
 * other function returns its arguments, as Pulumi's testing guide suggests.
 */
export function mockInvoke(
  token: string,
  inputs: Record<string, JsonValue>,
  provider: ProviderSettings | undefined,
): Record<string, JsonValue> {
  const region = provider?.region ?? "us-east-1";
  const { partition, dnsSuffix } = partitionOf(region);
  switch (token) {
    case "aws:index/getPartition:getPartition":
      return { id: partition, partition, dnsSuffix, reverseDnsPrefix: dnsSuffix.split(".").reverse().join(".") };
    case "aws:index/getRegion:getRegion":
      return { id: region, name: region, region, endpoint: `ec2.${region}.${dnsSuffix}`, description: region };
    case "aws:index/getCallerIdentity:getCallerIdentity":
      return {
        id: MOCK_ACCOUNT,
        accountId: MOCK_ACCOUNT,
        arn: `arn:${partition}:iam::${MOCK_ACCOUNT}:user/relais-preview`,
        userId: "AIDARELAISPREVIEW",
      };
    case "aws:index/getAvailabilityZones:getAvailabilityZones": {
      const names = ["a", "b", "c"].map((letter) => `${region}${letter}`);
      return { id: region, names, zoneIds: names.map((_, index) => `${region}-az${index + 1}`), groupNames: [region] };
    }
    default:
      return inputs;
  }
}
