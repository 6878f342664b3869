import type { ProviderName } from "@relais/policy";

const PROVIDER_NAMES: Record<ProviderName, string> = {
  aws: "AWS",
  "aws-eusc": "AWS European Sovereign Cloud",
  outscale: "3DS Outscale",
  "on-premises": "On-premises",
  colocation: "Colocation",
  office: "Offices",
};

/** The name people use for a provider, such as `3DS Outscale` for `outscale`. */
export function providerName(provider: ProviderName): string {
  return PROVIDER_NAMES[provider];
}
