import type { ProviderName, SiteSpec } from "@relais/policy";

/** The AWS European Sovereign Cloud's region; its partition is `aws-eusc` and its DNS suffix `amazonaws.eu`. */
export const EUSC_REGION = "eusc-de-east-1";

/** Providers whose sites get a Pulumi AWS provider. */
export function isCloudProvider(provider: ProviderName): provider is "aws" | "aws-eusc" | "outscale" {
  return provider === "aws" || provider === "aws-eusc" || provider === "outscale";
}

/** Providers whose sites only host `ExternalWorkload`s (the stack manages nothing there). */
export function isExternalProvider(provider: ProviderName): provider is "on-premises" | "colocation" {
  return provider === "on-premises" || provider === "colocation";
}

/**
 * The ARN partition of a cloud site: `aws-eusc` for the European Sovereign Cloud, `aws-cn` and `aws-us-gov` for
 * those AWS regions, `aws` for other AWS regions and for Outscale (whose EIM speaks IAM with `arn:aws:` ARNs).
 */
export function partitionOf(site: Pick<SiteSpec, "provider" | "region">): string {
  if (site.provider === "aws-eusc") return "aws-eusc";
  const region = site.region ?? "";
  if (region.startsWith("eusc-")) return "aws-eusc";
  if (region.startsWith("cn-")) return "aws-cn";
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  return "aws";
}

/** The region a cloud site's provider uses: the site's region (`eusc-de-east-1` for aws-eusc when not given). */
export function regionOf(site: Pick<SiteSpec, "provider" | "region">): string {
  if (site.region !== undefined) return site.region;
  if (site.provider === "aws-eusc") return EUSC_REGION;
  throw new Error(`${site.provider} sites have no cloud region`);
}

/** Outscale's API endpoints for a region: FCU (EC2), OOS (S3), EIM (IAM), LBU (classic ELB). */
export function outscaleEndpoints(region: string): { ec2: string; s3: string; iam: string; elb: string } {
  return {
    ec2: `https://fcu.${region}.outscale.com`,
    s3: `https://oos.${region}.outscale.com`,
    iam: `https://eim.${region}.outscale.com`,
    elb: `https://lbu.${region}.outscale.com`,
  };
}

/** Plain arguments of a site's `aws.Provider` (a subset of `aws.ProviderArgs`, all plain values). */
export interface SiteProviderArgs {
  region: string;
  endpoints?: Array<Record<string, string>>;
  skipRegionValidation?: boolean;
  skipCredentialsValidation?: boolean;
  skipRequestingAccountId?: boolean;
  skipMetadataApiCheck?: boolean;
  s3UsePathStyle?: boolean;
  accessKey?: string;
  secretKey?: string;
}

/**
 * The provider arguments for a cloud site (docs/components.md, "Sites and providers"). `env` is where Outscale credentials come
 * from (`OSC_ACCESS_KEY` / `OSC_SECRET_KEY`, used only when both are set); pass `process.env` in a program.
 */
export function siteProviderArgs(
  site: Pick<SiteSpec, "provider" | "region">,
  env: Readonly<Record<string, string | undefined>>,
): SiteProviderArgs {
  const region = regionOf(site);
  switch (site.provider) {
    case "aws":
      return { region };
    case "aws-eusc":
      // Provider builds that predate the sovereign partition do not list its region; the partition's endpoints
      // come from the region name, so only the local region check is skipped.
      return { region, skipRegionValidation: true };
    case "outscale": {
      const credentials =
        env.OSC_ACCESS_KEY && env.OSC_SECRET_KEY
          ? { accessKey: env.OSC_ACCESS_KEY, secretKey: env.OSC_SECRET_KEY }
          : {};
      return {
        region,
        endpoints: [outscaleEndpoints(region)],
        skipRegionValidation: true,
        skipCredentialsValidation: true,
        skipRequestingAccountId: true,
        skipMetadataApiCheck: true,
        s3UsePathStyle: true,
        ...credentials,
      };
    }
    default:
      throw new Error(`${site.provider} sites have no cloud provider`);
  }
}
