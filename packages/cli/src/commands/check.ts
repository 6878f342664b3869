import type { CheckPlan, CheckProgress, CheckReport } from "@relais/check";
import type { Manifest } from "@relais/policy";
import type { Command } from "commander";
import { EXIT, UsageError } from "../errors";
import { jsonDocument } from "../json-output";
import { collectRepeated, parseTimeFlag, withCommonOptions } from "../options";
import { type CommonOptions, createStyle, emit, resolveFormat, useColor } from "../output";
import { loadDeployedPolicy, loadManifestSubject } from "./manifest-subject";

interface CheckOptions extends CommonOptions {
  site?: string[];
  endpoint?: string[];
  profile?: string[];
  policy?: string;
  stack?: string;
  timeout: string;
  requestTimeout: string;
  concurrency: string;
}

const FORMATS = ["table", "json"] as const;

export function checkCommand(program: Command, setExit: (code: number) => void): void {
  withCommonOptions(
    program
      .command("check")
      .summary("live readiness of the standby sites over EC2-compatible APIs")
      .description(
        "Check that the standby sites of a deployed stack are really ready: zones available, images present, " +
          "standby capacity running, snapshots fresh. Only read-only Describe* calls are sent, to AWS, the AWS " +
          "European Sovereign Cloud and Outscale FCU.\n" +
          "The target is a manifest (pulumi stack output relais --json > manifest.json), - for standard input, or a " +
          "Pulumi program directory.\n" +
          "Credentials: the AWS default chain, --profile, and OSC_ACCESS_KEY/OSC_SECRET_KEY for Outscale sites " +
          "(docs/check.md lists the IAM permissions).\n" +
          "Exit codes: 0 every check ready, 1 anything not ready or unknown, 2 usage error or unreadable input.",
      )
      .argument("<target>", "manifest.json, - (standard input), or a Pulumi program directory")
      .option("--site <id>", "check only this site (repeatable)", collectRepeated)
      .option("--endpoint <site=url>", "send this site's requests to URL (repeatable)", collectRepeated)
      .option("--profile <[site=]name>", "AWS profile for a site, or for every site (repeatable)", collectRepeated)
      .option(
        "--policy <file>",
        "continuity policy whose tier RPOs snapshots are held to (default: the backup interval)",
      )
      .option("--stack <name>", "stack of a program directory (default: its only Pulumi.<stack>.yaml, else dev)")
      .option("--timeout <duration>", "deadline of the whole run; unfinished checks are then unknown", "60s")
      .option("--request-timeout <duration>", "timeout of each request (retried on timeout)", "10s")
      .option("--concurrency <n>", "sites checked at once", "4"),
    FORMATS,
  ).action(async (target: string, options: CheckOptions) => {
    const format = resolveFormat(options, FORMATS, "table");
    const deadlineMs = await parseTimeFlag("--timeout", options.timeout);
    const requestTimeoutMs = await parseTimeFlag("--request-timeout", options.requestTimeout);
    const concurrency = parseCount("--concurrency", options.concurrency);
    // The SDK warns about Node 20 on every run; relais supports Node 20, so the notice is only noise here.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
    const check = await import("@relais/check");
    const subject = await loadManifestSubject(target, options.stack, options.quiet);
    const policyFile = options.policy ?? subject.policyFile;
    const rpoByTier = policyFile ? await tierRpos(policyFile, subject.manifests) : undefined;
    const plan = check.planChecks(subject.manifests, { sites: options.site, rpoByTier });
    const endpoints = check.parseSiteAssignments("--endpoint", options.endpoint ?? []);
    const profiles = check.parseSiteAssignments("--profile", options.profile ?? [], true);
    const report = await runWithDisplay(plan, options, (onProgress, signal) =>
      check.runChecks(plan, { endpoints, profiles, deadlineMs, requestTimeoutMs, concurrency, onProgress, signal }),
    );
    if (format === "json") {
      emit(jsonDocument(report), options);
    } else {
      const { renderCheckTable } = await import("../render/check-table");
      emit(renderCheckTable(report, plan, createStyle(useColor(options))), options);
    }
    setExit(check.allReady(report) ? EXIT.ok : EXIT.findings);
  });
}

/** Runs the checks with a progress line on a terminal's stderr and Ctrl-C turning into partial results. */
async function runWithDisplay(
  plan: CheckPlan,
  options: CheckOptions,
  run: (onProgress: ((progress: CheckProgress) => void) | undefined, signal: AbortSignal) => Promise<CheckReport>,
): Promise<CheckReport> {
  const { ProgressDisplay } = await import("../render/check-progress");
  const display = !options.quiet && process.stderr.isTTY ? new ProgressDisplay(process.stderr, plan) : undefined;
  const interrupt = new AbortController();
  const onSigint = () => interrupt.abort("interrupted (Ctrl-C)");
  process.once("SIGINT", onSigint);
  try {
    return await run(display ? (progress) => display.update(progress) : undefined, interrupt.signal);
  } finally {
    process.removeListener("SIGINT", onSigint);
    display?.stop();
  }
}

/** Tier RPOs (seconds) from the policy the manifests were deployed from. */
async function tierRpos(file: string, manifests: readonly Manifest[]): Promise<Record<string, number>> {
  const policy = await loadDeployedPolicy("--policy", file, manifests);
  return Object.fromEntries(Object.entries(policy.tiers).map(([tier, spec]) => [tier, spec.rpo]));
}

function parseCount(flag: string, text: string): number {
  const count = Number(text);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    throw new UsageError(`${flag} ${text} is not a number of sites from 1 to 64`);
  }
  return count;
}
