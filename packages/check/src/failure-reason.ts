import { type CredentialSource, credentialsHint, describeCredentials } from "./credentials";
import type { CloudSite } from "./plan";
import type { RequestFailure } from "./request";

/** Where a failed request went, to name it in the reason. */
export interface FailureScene {
  site: CloudSite;
  endpoint: string;
  credentials: CredentialSource;
}

/** The reason an `unknown` result gives for a request that failed for good: what happened and what to do. */
export function failureReason(error: RequestFailure, scene: FailureScene): string {
  const { action, failure, attempts } = error;
  const tries = attempts === 1 ? "" : `, ${attempts} attempts`;
  switch (failure.kind) {
    case "throttled":
      return (
        `${action} was throttled (${failure.detail}${tries}): the account's API rate limit in ${scene.site.region}` +
        " is used up; run again later, or check fewer sites at once (--site)"
      );
    case "server-error":
      return `${action} failed with a server error (${failure.detail}${tries}): the provider's API is failing; try again later`;
    case "timeout":
      return (
        `${action} got ${failure.detail} from ${scene.endpoint}${tries}: check the endpoint and the network path,` +
        " or allow more time (--request-timeout)"
      );
    case "unreachable":
      return (
        `cannot reach ${scene.endpoint} (${failure.detail}${tries}): check the endpoint` +
        ` (--endpoint ${scene.site.id}=URL), DNS, proxy and firewall`
      );
    case "auth":
      return (
        `${scene.endpoint} refused the credentials from ${describeCredentials(scene.credentials)}` +
        ` (${failure.detail}): ${credentialsHint(scene.site, scene.credentials)}`
      );
    case "credentials":
      return (
        `no credentials for site ${scene.site.id} from ${describeCredentials(scene.credentials)}` +
        ` (${failure.detail}): ${credentialsHint(scene.site, scene.credentials)}`
      );
    case "permission":
      return (
        `not allowed to call ${action} (${failure.detail}): grant ec2:${action};` +
        " docs/check.md has a ready-to-use read-only policy"
      );
    case "malformed":
      return (
        `the answer to ${action} from ${scene.endpoint} is not valid EC2 XML (${failure.detail}):` +
        " check that the endpoint is an EC2-compatible API"
      );
    case "not-api":
      return (
        `${failure.detail} (${action} to ${scene.endpoint}): check the endpoint` +
        ` (--endpoint ${scene.site.id}=URL), proxy and firewall`
      );
    case "too-large":
      return `${action} to ${scene.endpoint}: ${failure.detail}; the reply was not read: check the endpoint`;
    case "refused":
      return `refused by relais's action allowlist (${failure.detail})`;
    case "client-error":
      return `${action} failed (${failure.detail}${tries})`;
  }
}
