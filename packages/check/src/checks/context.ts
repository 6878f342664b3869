import type { EC2Client } from "@aws-sdk/client-ec2";
import type { CloudSite, PlannedCheck } from "../plan";
import type { CheckResult } from "../report";

/** What a check needs to talk to one site. */
export interface SiteContext {
  site: CloudSite;
  client: EC2Client;
  /** Sends one read request with the run's timeout, retry and deadline policy (see `sendWithRetry`). */
  describe<T>(action: string, send: (abortSignal: AbortSignal) => Promise<T>): Promise<T>;
  /** Milliseconds since the epoch, from the run's clock. */
  now(): number;
}

/** Runs the planned checks of one kind at one site; rejects with `RequestFailure`/`RunStopped` from `describe`. */
export type CheckRunner<P extends PlannedCheck> = (
  context: SiteContext,
  planned: readonly P[],
) => Promise<CheckResult[]>;

/** `gov-b (outscale cloudgouv-eu-west-1)`: how reasons name a site. */
export function siteLabel(site: Pick<CloudSite, "id" | "provider" | "region">): string {
  return `${site.id} (${site.provider} ${site.region})`;
}

/** Follows `NextToken` pages, at most `maxPages` (a guard against an endpoint that never stops). */
export async function allPages<T extends { NextToken?: string }>(
  fetch: (nextToken: string | undefined) => Promise<T>,
  maxPages = 100,
): Promise<T[]> {
  const pages: T[] = [];
  let token: string | undefined;
  do {
    const page = await fetch(token);
    pages.push(page);
    token = page.NextToken || undefined;
  } while (token !== undefined && pages.length < maxPages);
  return pages;
}

/** `1 instance`, `2 instances`. */
export function count(n: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : pluralNoun}`;
}
