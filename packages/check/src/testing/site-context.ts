import { EC2Client } from "@aws-sdk/client-ec2";
import type { SiteContext } from "../checks/context";
import type { CloudSite } from "../plan";
import { type RequestPolicy, sendWithRetry } from "../request";
import { ManualClock } from "./manual-clock";

export const OUTSCALE_SITE: CloudSite = {
  id: "gov-b",
  provider: "outscale",
  region: "cloudgouv-eu-west-1",
  zone: "cloudgouv-eu-west-1b",
};

/** A site context around a plain client (to be mocked with aws-sdk-client-mock) and a manual clock. */
export function siteContext(site: CloudSite = OUTSCALE_SITE, clock = new ManualClock()) {
  const client = new EC2Client({ region: site.region, credentials: { accessKeyId: "AKID", secretAccessKey: "s" } });
  const policy: RequestPolicy = {
    maxAttempts: 2,
    baseDelayMs: 10,
    maxDelayMs: 100,
    requestTimeoutMs: 1_000,
    clock,
    random: () => 0,
  };
  const run = new AbortController();
  const context: SiteContext = {
    site,
    client,
    now: () => clock.now(),
    describe: (action, send) => sendWithRetry(action, send, policy, run.signal),
  };
  return { context, client, clock, run };
}
