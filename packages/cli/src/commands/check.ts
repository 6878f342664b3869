import type { CheckPlan, CheckProgress, CheckReport } from "@relais/check";
import type { Manifest } from "@relais/policy";
import type { Command } from "commander";
import { EXIT } from "../errors";
import { jsonDocument } from "../json-output";
import { collectRepeated, withCommonOptions } from "../options";
import { type CommonOptions, createStyle, emit, resolveFormat, useColor } from "../output";
import { loadDeployedPolicy, loadManifestSubject } from "./manifest-subject";
import {
  parseSiteClientFlags,
  runInterruptibly,
  type SiteClientFlags,
  withSiteClientFlags,
} from "./site-client-options";

interface CheckOptions extends CommonOptions, SiteClientFlags {
  site?: string[];
  policy?: string;
  stack?: string;
}

const FORMATS = ["table", "json"] as const;

export function checkCommand(program: Command, setExit: (code: number) => void): void {
  withCommonOptions(
    withSiteClientFlags(
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
        .option(
          "--policy <file>",
          "continuity policy whose tier RPOs snapshots are held to (default: the backup interval)",
        )
        .option("--stack <name>", "stack of a program directory (default: its only Pulumi.<stack>.yaml, else dev)"),
      { default: "60s", help: "deadline of the whole run; unfinished checks are then unknown" },
    ),
    FORMATS,
  ).action(async (target: string, options: CheckOptions) => {
    const format = resolveFormat(options, FORMATS, "table");
    const settings = await parseSiteClientFlags(options);
    const check = await import("@relais/check");
    const subject = await loadManifestSubject(target, options.stack, options.quiet);
    const policyFile = options.policy ?? subject.policyFile;
    const rpoByTier = policyFile ? await tierRpos(policyFile, subject.manifests) : undefined;
    const plan = check.planChecks(subject.manifests, { sites: options.site, rpoByTier });
    const endpoints = check.parseSiteAssignments("--endpoint", options.endpoint ?? []);
    const profiles = check.parseSiteAssignments("--profile", options.profile ?? [], true);
    const report = await runWithDisplay(plan, options, (onProgress, signal) =>
      check.runChecks(plan, { endpoints, profiles, ...settings, onProgress, signal }),
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
  return runInterruptibly(display, run);
}

/** Tier RPOs (seconds) from the policy the manifests were deployed from. */
async function tierRpos(file: string, manifests: readonly Manifest[]): Promise<Record<string, number>> {
  const policy = await loadDeployedPolicy("--policy", file, manifests);
  return Object.fromEntries(Object.entries(policy.tiers).map(([tier, spec]) => [tier, spec.rpo]));
}
