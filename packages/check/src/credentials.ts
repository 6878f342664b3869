import type { CloudSite } from "./plan";

/** Where a site's credentials come from. */
export type CredentialSource =
  | { kind: "profile"; profile: string }
  | { kind: "outscale-env"; accessKeyId: string; secretAccessKey: string }
  | { kind: "default-chain" };

/**
 * Picks a site's credentials: its own `--profile SITE=NAME` first; for Outscale sites `OSC_ACCESS_KEY` and
 * `OSC_SECRET_KEY` when both are set; then `--profile NAME` for every site; else the AWS default chain
 * (environment, `AWS_PROFILE`, SSO, web identity, container and instance roles).
 */
export function credentialSource(
  site: Pick<CloudSite, "id" | "provider">,
  profiles: ReadonlyMap<string, string>,
  env: Readonly<Record<string, string | undefined>>,
): CredentialSource {
  const own = profiles.get(site.id);
  if (own !== undefined) return { kind: "profile", profile: own };
  const oscKey = env.OSC_ACCESS_KEY;
  const oscSecret = env.OSC_SECRET_KEY;
  if (site.provider === "outscale" && oscKey && oscSecret) {
    return { kind: "outscale-env", accessKeyId: oscKey, secretAccessKey: oscSecret };
  }
  const all = profiles.get("*");
  if (all !== undefined) return { kind: "profile", profile: all };
  return { kind: "default-chain" };
}

/** How reasons name a credential source (never the secret). */
export function describeCredentials(source: CredentialSource): string {
  switch (source.kind) {
    case "profile":
      return `profile ${source.profile}`;
    case "outscale-env":
      return "OSC_ACCESS_KEY/OSC_SECRET_KEY";
    case "default-chain":
      return "the AWS default credential chain";
  }
}

/** What to do when a site's credentials are missing or refused. */
export function credentialsHint(site: Pick<CloudSite, "id" | "provider">, source: CredentialSource): string {
  if (source.kind === "profile") return `check profile ${source.profile} in ~/.aws/config and ~/.aws/credentials`;
  if (site.provider === "outscale") {
    return source.kind === "outscale-env"
      ? "check OSC_ACCESS_KEY and OSC_SECRET_KEY (an access key of the Outscale account, for this region)"
      : `set OSC_ACCESS_KEY and OSC_SECRET_KEY, or pass --profile ${site.id}=NAME`;
  }
  if (site.provider === "aws-eusc") {
    return `the European Sovereign Cloud needs its own credentials: pass --profile ${site.id}=NAME`;
  }
  return `set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or pass --profile ${site.id}=NAME`;
}
