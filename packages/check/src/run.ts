import type { SiteContext } from "./checks/context";
import { credentialSource } from "./credentials";
import type { CheckPlan, CloudSite, PlannedCheck } from "./plan";
import { mapWithLimit } from "./pool";
import type { CheckName, CheckReport, CheckResult } from "./report";
import { summarise } from "./report";
import { sendWithRetry } from "./request";
import { startRun } from "./run-control";
import { createSiteClient, type SiteClient, type SiteConnection } from "./site-client";
import { runSite } from "./site-run";
import type { SiteRunSettings } from "./site-run-settings";

/** Progress of a run, for a display: a check starting or finished. */
export interface CheckProgress {
  phase: "start" | "done";
  site: string;
  check: CheckName;
  service: string | null;
  /** Checks finished so far, and in all. */
  done: number;
  total: number;
}

/** The options of `runChecks`: the shared site-run settings (deadline default 60 s; unfinished checks are then `unknown`). */
export interface CheckRunOptions extends SiteRunSettings {
  onProgress?: (progress: CheckProgress) => void;
  /** For tests: how a site's client is made. */
  createClient?: (site: CloudSite, connection: SiteConnection) => SiteClient;
}

const DEFAULT_DEADLINE_MS = 60_000;
const DEFAULT_CONCURRENCY = 4;

/**
 * Runs a plan against the sites' EC2-compatible APIs. Always resolves to a full report — one result per planned
 * check, in plan order — whatever the endpoints do: failures, timeouts and the deadline become `unknown` results.
 */
export async function runChecks(plan: CheckPlan, options: CheckRunOptions = {}): Promise<CheckReport> {
  const endpoints = options.endpoints ?? new Map<string, string>();
  const { clock, policy, signal, end } = startRun(options, plan.cloudSites, DEFAULT_DEADLINE_MS);

  const total = plan.sites.reduce((sum, site) => sum + site.checks.length, 0);
  let done = 0;
  const progress = (phase: CheckProgress["phase"], site: string, check: PlannedCheck | CheckResult) =>
    options.onProgress?.({ phase, site, check: check.check, service: check.service, done, total });
  try {
    const sites = await mapWithLimit(plan.sites, options.concurrency ?? DEFAULT_CONCURRENCY, (sitePlan) => {
      const credentials = credentialSource(sitePlan.site, options.profiles ?? new Map(), options.env ?? process.env);
      const connection: SiteConnection = { endpointOverride: endpoints.get(sitePlan.site.id), credentials };
      const { client, endpoint } = (options.createClient ?? createSiteClient)(sitePlan.site, connection);
      const context: SiteContext = {
        site: sitePlan.site,
        client,
        now: () => clock.now(),
        describe: (action, send) => sendWithRetry(action, send, policy, signal),
      };
      return runSite(sitePlan, context, { site: sitePlan.site, endpoint, credentials }, signal, {
        onStart: (checks) => {
          for (const check of checks) progress("start", sitePlan.site.id, check);
        },
        onDone: (results) => {
          for (const result of results) {
            done += 1;
            progress("done", sitePlan.site.id, result);
          }
        },
      });
    });
    return { sites, summary: summarise(sites) };
  } finally {
    end();
  }
}
