import { statSync } from "node:fs";
import type { CheckPlan, CheckProgress, CheckReport } from "@relais/check";
import type { Manifest } from "@relais/policy";
import type { Command } from "commander";
import { EXIT, UsageError } from "../errors";
import { collectRepeated, parseTimeFlag, withCommonOptions } from "../options";
import { type CommonOptions, createStyle, emit, resolveFormat, useColor } from "../output";

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
          "The target is a manifest (pulumi stack output relais --json > manifest.json, or - to read it from " +
          "standard input: pulumi stack output relais --json | relais check -) or a Pulumi program directory.\n" +
          "Credentials: the AWS default chain, --profile, and OSC_ACCESS_KEY/OSC_SECRET_KEY for Outscale sites " +
          "(docs/check.md lists the IAM permissions).\n" +
          "Exit codes: 0 every check ready, 1 anything not ready or unknown, 2 usage error or unreadable input.",
      )
      .argument("<target>", "manifest.json, - for standard input, or a Pulumi program directory")
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
    const subject = await loadSubject(target, options);
    const policyFile = options.policy ?? subject.policyFile;
    const rpoByTier = policyFile ? await tierRpos(policyFile, subject.manifests) : undefined;
    const plan = check.planChecks(subject.manifests, { sites: options.site, rpoByTier });
    const endpoints = check.parseSiteAssignments("--endpoint", options.endpoint ?? []);
    const profiles = check.parseSiteAssignments("--profile", options.profile ?? [], true);
    const report = await runWithDisplay(plan, options, (onProgress, signal) =>
      check.runChecks(plan, { endpoints, profiles, deadlineMs, requestTimeoutMs, concurrency, onProgress, signal }),
    );
    if (format === "json") {
      emit(JSON.stringify(report, null, 2), options);
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

interface Subject {
  manifests: Manifest[];
  /** The program's policy, for a program directory. */
  policyFile?: string;
}

/** The manifests to check: from a manifest file, or from running a program directory offline. */
async function loadSubject(target: string, options: CheckOptions): Promise<Subject> {
  const check = await import("@relais/check");
  if (target === "-") {
    if (options.stack !== undefined) throw new UsageError("--stack applies to a program directory, not a manifest");
    const { readStandardInput } = await import("../stdin");
    const text = (await readStandardInput()).toString("utf8");
    return { manifests: check.parseManifestText(text, "standard input") };
  }
  let isDirectory = false;
  try {
    isDirectory = statSync(target).isDirectory();
  } catch {
    // readManifestFile reports a missing file.
  }
  if (!isDirectory) {
    if (options.stack !== undefined)
      throw new UsageError("--stack applies to a program directory, not a manifest file");
    return { manifests: check.readManifestFile(target) };
  }
  const preview = await import("@relais/preview");
  if (!preview.isPulumiProjectDirectory(target)) {
    throw new UsageError(
      `${target} is a directory without a Pulumi.yaml`,
      "give a Pulumi program directory, or the manifest of a deployed stack: pulumi stack output relais --json > manifest.json",
    );
  }
  const project = preview.loadPulumiProject(target, { stack: options.stack });
  const { announceProgramRun } = await import("../render/program-run");
  const running = announceProgramRun(target, options.quiet);
  const capture = await preview.runProgram(project).finally(() => running.done());
  if (capture.manifests.length === 0) {
    throw new UsageError(
      `the program in ${target} registered no Relais manifest`,
      "relais check needs a program built with @relais/aws components (a ContinuityPlan)",
    );
  }
  return {
    manifests: check.parseManifestData(capture.manifests, `the manifest of ${target}`),
    policyFile: preview.policyFileOf(project),
  };
}

/** Tier RPOs (seconds) from a policy, refusing a policy that is not the one the manifests were deployed from. */
async function tierRpos(file: string, manifests: readonly Manifest[]): Promise<Record<string, number>> {
  const { parsePolicyData, parsePolicyText, readPolicyFile } = await import("@relais/policy");
  const parsed = parsePolicyText(readPolicyFile(file));
  const policy =
    parsed.findings.length === 0 ? parsePolicyData(parsed.data) : { policy: null, findings: parsed.findings };
  if (!policy.policy) {
    const first = policy.findings[0];
    throw new UsageError(
      `--policy ${file} is not a valid policy${first ? `: ${first.path}: ${first.message}` : ""}`,
      `run relais validate ${file}`,
    );
  }
  const name = policy.policy.metadata.name;
  const others = [...new Set(manifests.map((manifest) => manifest.policy))].filter((other) => other !== name);
  if (others.length > 0) {
    throw new UsageError(
      `--policy ${file} is policy ${name}, but the stack was deployed from ${others.join(", ")}`,
      "pass the policy the stack was deployed from, or leave --policy out to use the backup intervals",
    );
  }
  return Object.fromEntries(Object.entries(policy.policy.tiers).map(([tier, spec]) => [tier, spec.rpo]));
}

function parseCount(flag: string, text: string): number {
  const count = Number(text);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    throw new UsageError(`${flag} ${text} is not a number of sites from 1 to 64`);
  }
  return count;
}
