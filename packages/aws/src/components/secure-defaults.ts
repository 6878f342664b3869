import * as pulumi from "@pulumi/pulumi";
import { ComponentError } from "../errors";
import type { ContinuityPlan, PlanSite } from "./continuity-plan";

/**
 * The acknowledgements the compute of a site needs where its provider cannot give the secure defaults through
 * the AWS API (Outscale FCU: no IMDSv2 option, no volume encryption flag); throws a construction error otherwise.
 */
export function requireSecureCompute(component: string, plan: ContinuityPlan, serviceId: string, site: PlanSite) {
  const where = `site ${site.id} (${site.spec.provider})`;
  if (!site.has("imdsv2")) {
    plan.requireAcknowledged({
      component,
      site: site.id,
      capability: "imdsv2",
      problem: `${where} cannot require token-protected instance metadata (IMDSv2) on the instances of ${serviceId}`,
      fix: `keep secrets out of ${serviceId}'s user data and firewall the metadata address inside the image`,
    });
  }
  if (!site.has("ebsEncryption")) {
    plan.requireAcknowledged({
      component,
      site: site.id,
      capability: "ebsEncryption",
      problem: `${where} cannot request encrypted volumes for the instances of ${serviceId}`,
      fix: `encrypt ${serviceId}'s data inside the guest (LUKS) or use storage the provider encrypts at rest`,
    });
  }
}

/**
 * The acknowledgement a bucket needs where its provider has no S3 public access block (Outscale OOS): the bucket
 * still gets a private ACL and a bucket policy denying plain-HTTP requests.
 */
export function requireSecureBucket(component: string, plan: ContinuityPlan, site: PlanSite, what: string): void {
  if (site.has("s3PublicAccessBlock")) return;
  plan.requireAcknowledged({
    component,
    site: site.id,
    capability: "s3PublicAccessBlock",
    problem: `site ${site.id} (${site.spec.provider}) has no S3 public access block for ${what}; a private ACL and a bucket policy denying plain HTTP apply instead`,
    fix: `put ${what} on an aws or aws-eusc site`,
  });
}

/**
 * User data for a site's instances. On a site without token-protected metadata (no IMDSv2), any process on the
 * instance can read the user data, so a secret in it (a Pulumi secret) is refused: the value then fails with a
 * construction error tied to the component, and the deployment stops before the instance exists.
 */
export function guardUserData<T extends pulumi.Input<string> | undefined>(
  component: string,
  resource: pulumi.Resource,
  site: PlanSite,
  userData: T,
): T {
  if (userData === undefined || site.has("imdsv2") || !pulumi.Output.isInstance(userData)) return userData;
  const value = pulumi.output(userData);
  const guarded = pulumi.all([value, pulumi.isSecret(value)]).apply(([text, secret]) => {
    if (!secret) return text;
    const error = new ComponentError(
      component,
      `sites.${site.id}.userData holds a secret, but ${site.id} (${site.spec.provider}) has no token-protected instance metadata: any process on the instance could read it.`,
      "pass the secret another way (fetched at boot from a secret store the instance authenticates to), and keep user data free of secrets",
    );
    throw Object.assign(error, { resource });
  });
  // The instance's registration reads the value and reports the error; the output's bookkeeping promises would
  // only repeat it as unhandled rejections.
  const bookkeeping = guarded as unknown as { isKnown: Promise<boolean>; isSecret: Promise<boolean> };
  for (const promise of [bookkeeping.isKnown, bookkeeping.isSecret]) promise.catch(() => undefined);
  return guarded as unknown as T;
}
