import { existsSync } from "node:fs";
import { hostname, userInfo } from "node:os";
import { createInterface } from "node:readline/promises";
import type { FailoverPlan, FailoverProgress, FailoverReport } from "@relais/failover";
import type { ContinuityPolicy } from "@relais/policy";
import type { Command } from "commander";
import { EXIT, UsageError } from "../errors";
import { jsonDocument } from "../json-output";
import { parseTimeFlag, withCommonOptions } from "../options";
import { type CommonOptions, createStyle, emit, resolveFormat, useColor } from "../output";
import { loadDeployedPolicy, loadManifestSubject } from "./manifest-subject";
import {
  parseSiteClientFlags,
  runInterruptibly,
  type SiteClientFlags,
  withSiteClientFlags,
} from "./site-client-options";

interface FailoverOptions extends CommonOptions, SiteClientFlags {
  site?: string;
  scenario?: string;
  policy?: string;
  stack?: string;
  execute?: boolean;
  yes?: boolean;
  journal?: string;
  operator?: string;
  stepTimeout: string;
}

const FORMATS = ["table", "json"] as const;

export function failoverCommand(program: Command, setExit: (code: number) => void): void {
  withCommonOptions(
    withSiteClientFlags(
      program
        .command("failover")
        .summary("plan, or with --execute carry out, an unplanned failover")
        .description(
          "Plan the API calls that make the failover sites serve after the loss of a site: Outscale/EC2 " +
            "StartInstances for stopped standbys, Auto Scaling SetDesiredCapacity to the required capacity, and for " +
            "manual traffic the Route 53 record change. Nothing is changed without --execute.\n" +
            "With --execute (and --yes, or a typed confirmation on a terminal) each step runs, is verified, and is " +
            "journaled; a re-run with the same --journal resumes.\n" +
            "The target is a manifest (pulumi stack output relais --json), - for standard input, or a program directory.\n" +
            "Exit codes: 0 plan printed or every step done and verified, 1 a step failed or was not confirmed, 2 usage error.",
        )
        .argument("<target>", "manifest.json, - (standard input), or a Pulumi program directory")
        .option("--site <id>", "the site that is lost")
        .option("--scenario <id>", "a scenario of the policy instead of one site (needs the policy)")
        .option("--policy <file>", "the policy the stack was deployed from (runbook order and failover sites)")
        .option("--stack <name>", "stack of a program directory (default: its only Pulumi.<stack>.yaml, else dev)")
        .option("--execute", "carry the plan out")
        .option("--yes", "do not ask for confirmation (needed with --execute when standard input is not a terminal)")
        .option(
          "--journal <file>",
          "journal to append to and resume from (default relais-failover-<site>-<UTC time>.jsonl)",
        )
        .option("--operator <name>", "who runs the failover, for the journal (default: user@host)")
        .option("--step-timeout <duration>", "how long a step may take to be verified", "5m"),
      { default: "15m", help: "deadline of the whole run; steps not started by then are skipped" },
    ),
    FORMATS,
  ).action(async (target: string, options: FailoverOptions) => {
    const format = resolveFormat(options, FORMATS, "table");
    if ((options.site === undefined) === (options.scenario === undefined)) {
      throw new UsageError("give exactly one of --site SITE and --scenario ID", "such as --site gov-a");
    }
    const settings = await parseSiteClientFlags(options);
    const stepTimeoutMs = await parseTimeFlag("--step-timeout", options.stepTimeout);
    const check = await import("@relais/check");
    const failover = await import("@relais/failover");
    const subject = await loadManifestSubject(target, options.stack, options.quiet);
    const policyFile = options.policy ?? subject.policyFile;
    const policy = policyFile ? await loadDeployedPolicy("--policy", policyFile, subject.manifests) : undefined;
    const plan = failover.planFailover(subject.manifests, await scenarioOf(options, policy));
    const endpoints = check.parseSiteAssignments("--endpoint", options.endpoint ?? []);
    const profiles = check.parseSiteAssignments("--profile", options.profile ?? [], true);
    check.validateEndpointOverrides(endpoints, [...plan.cloudSites.keys()]);
    check.validateProfileSites(profiles, [...plan.cloudSites.keys()]);
    if (!options.execute || plan.steps.length === 0) {
      await show(failover.planReport(plan), false, format, options);
      return setExit(EXIT.ok);
    }
    if (!(await confirmed(plan, options))) {
      process.stderr.write("not confirmed: nothing was changed\n");
      return setExit(EXIT.findings);
    }
    const journal = failover.Journal.open(
      options.journal ?? defaultJournal(options.site ?? options.scenario!, existsSync),
    );
    const report = await runWithDisplay(options, (onProgress, signal) =>
      failover.executeFailover(plan, {
        journal,
        operator: options.operator ?? operator(),
        endpoints,
        profiles,
        ...settings,
        stepTimeoutMs,
        onProgress,
        signal,
      }),
    ).finally(() => journal.close());
    await show(report, true, format, options);
    setExit(failover.allDone(report) ? EXIT.ok : EXIT.findings);
  });
}

/** The lost sites, and, with a policy, the runbook's service order and the simulation's failover sites. */
async function scenarioOf(options: FailoverOptions, policy: ContinuityPolicy | undefined) {
  if (policy === undefined) {
    if (options.scenario !== undefined) {
      throw new UsageError(
        `--scenario ${options.scenario} needs the policy that declares it`,
        "pass --policy continuity.yaml, or give a program directory",
      );
    }
    return { lost: [options.site!] };
  }
  const simulate = await import("@relais/simulate");
  const spec =
    options.scenario !== undefined
      ? simulate.findScenario(policy, options.scenario)
      : simulate.siteLossScenario(policy, options.site!);
  if (!spec) {
    throw new UsageError(
      `--scenario ${options.scenario}: policy ${policy.metadata.name} has no such scenario`,
      `known scenarios: ${simulate.knownScenarioIds(policy).join(", ")}`,
    );
  }
  const { scenarioGuidance } = await import("@relais/failover");
  return { ...scenarioGuidance(policy, spec), fromScenario: options.scenario !== undefined };
}

/** `--yes`, or the lost site typed back on a terminal; refused when nobody can be asked. */
async function confirmed(plan: FailoverPlan, options: FailoverOptions): Promise<boolean> {
  if (options.yes) return true;
  if (!process.stdin.isTTY) {
    throw new UsageError(
      "--execute changes live infrastructure and standard input is not a terminal to confirm on",
      "add --yes to confirm on the command line",
    );
  }
  const changes = plan.steps.filter((step) => step.action !== "manual").length;
  const expected = plan.lost.join(",");
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await prompt.question(
      `This runs ${changes} step(s) that change live infrastructure after the loss of ${expected}.\n` +
        `Type ${expected} to go ahead: `,
    );
    return answer.trim() === expected;
  } finally {
    prompt.close();
  }
}

/**
 * A new journal for a run given no `--journal`: named after the lost site (or scenario) and the UTC second, with
 * `-2`, `-3`… when that file exists already, so that a run never resumes another run's journal unasked.
 */
function defaultJournal(label: string, exists: (file: string) => boolean): string {
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  const base = `relais-failover-${label.replace(/[^A-Za-z0-9._-]/g, "_")}-${stamp}`;
  let file = `${base}.jsonl`;
  for (let n = 2; exists(file); n++) file = `${base}-${n}.jsonl`;
  return file;
}

function operator(): string {
  let user = process.env.USER ?? process.env.LOGNAME ?? "unknown";
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry (some containers): keep the environment's name.
  }
  return `${user}@${hostname()}`;
}

/** Runs with a progress line on a terminal's stderr; Ctrl-C stops after journaling the step in flight. */
async function runWithDisplay(
  options: FailoverOptions,
  run: (onProgress: ((progress: FailoverProgress) => void) | undefined, signal: AbortSignal) => Promise<FailoverReport>,
): Promise<FailoverReport> {
  const { FailoverProgressDisplay } = await import("../render/failover-progress");
  const display = !options.quiet && process.stderr.isTTY ? new FailoverProgressDisplay(process.stderr) : undefined;
  return runInterruptibly(display, run);
}

async function show(
  report: FailoverReport,
  executed: boolean,
  format: string,
  options: FailoverOptions,
): Promise<void> {
  const { followUp, renderFailoverText } = await import("../render/failover-text");
  if (format === "json") {
    emit(jsonDocument(report), options);
    if (!options.quiet && report.steps.length > 0) process.stderr.write(`${followUp(report).join("\n")}\n`);
    return;
  }
  emit(renderFailoverText(report, executed, createStyle(useColor(options))), options);
}
