import type { ContinuityPolicy } from "@relais/policy";
import type { ProgramPreview } from "@relais/preview";
import type { Explanation, PreviewResult } from "@relais/simulate";
import type { Command } from "commander";
import { EXIT, UsageError } from "../errors";
import { collectRepeated, parseTimeFlag, resolveToday, withCommonOptions } from "../options";
import { type CommonOptions, createStyle, emit, resolveFormat, type Style, useColor } from "../output";
import type { PreviewView } from "../render/preview-table";

const FORMATS = ["table", "json", "md"] as const;

interface PreviewOptions extends CommonOptions {
  scenario?: string[];
  site?: string[];
  all?: boolean;
  explain?: string;
  stack?: string;
  evacuate?: string;
  engine?: string;
  timeout?: string;
  compact?: boolean;
}

const ENGINES = ["mock", "pulumi"] as const;

export function previewCommand(program: Command, setExit: (code: number) => void): void {
  withCommonOptions(
    program
      .command("preview")
      .summary("simulate scenarios: estimated RTO/RPO, breached commitments, runbooks")
      .description(
        "Simulate disruptions on a continuity policy with the estimate model: per scenario, what is lost, each " +
          "service's status, estimated RTO and RPO against its tier, failover site, breached commitments, findings " +
          "and the runbook. Without a scenario flag, every scenario the policy declares.\n" +
          "Exit codes: 0 every impacted service recovered and no commitment breached, 1 otherwise, " +
          "2 usage error or invalid policy (its findings are printed).\n" +
          "A Pulumi program directory (with Pulumi.yaml) is run offline under mocks, with no Pulumi CLI and no " +
          "credentials: drift between what it deploys and the policy is printed first, and the scenarios run on what " +
          "it deploys. --evacuate SITE adds the resource changes of a planned evacuation of SITE and the simulated " +
          "loss of SITE.",
      )
      .argument("<target>", "continuity.yaml, a directory holding one, or a Pulumi program directory")
      .option(
        "--scenario <id>",
        "a declared or generated scenario id, such as site-loss:gov-a (repeatable)",
        collectRepeated,
      )
      .option("--site <id>", "the ad-hoc loss of one site, scenario site-loss:<id> (repeatable)", collectRepeated)
      .option("--all", "the scenario matrix: declared scenarios, then each site, region, cloud provider and supplier")
      .option("--explain <service>", "show how each term of SERVICE's estimate is computed, per scenario")
      .option("--compact", "JSON only: list the services a scenario leaves unaffected by id, under unaffected")
      .option("--stack <name>", "programs: the stack to preview (default: the only Pulumi.<stack>.yaml, else dev)")
      .option("--evacuate <site>", "programs: the resource changes of a planned evacuation of SITE, then its loss")
      .option("--engine <engine>", "programs: where --evacuate's changes come from: mock (offline, default) or pulumi")
      .option("--timeout <duration>", "programs: stop a program run that takes longer, such as 2m (default 60s)"),
    FORMATS,
  ).action(async (target: string, options: PreviewOptions) => {
    const format = resolveFormat(options, FORMATS, "table");
    if (options.compact && format !== "json") {
      throw new UsageError("--compact shortens the JSON output", "add --format json, or drop --compact");
    }
    const today = resolveToday(options);
    const { InvalidPolicyError, loadPreviewSubject } = await import("./preview-subject");
    let subject: Awaited<ReturnType<typeof loadPreviewSubject>>;
    try {
      subject = await loadPreviewSubject(target, { today, quiet: options.quiet, ...(await programOptions(options)) });
    } catch (error) {
      if (!(error instanceof InvalidPolicyError)) throw error;
      const { renderFindings } = await import("../render/findings");
      const style = createStyle(useColor(options, process.stderr));
      process.stderr.write(renderFindings(error.findings, style, error.label));
      process.stderr.write(`${style.red("error:")} ${error.label} is not a valid policy: nothing to preview\n`);
      if (format === "json") {
        const { jsonDocument } = await import("../json-output");
        emit(jsonDocument({ policy: null, valid: false, findings: error.findings, scenarios: [] }), options);
      }
      setExit(EXIT.usage);
      return;
    }
    const simulate = await import("@relais/simulate");
    const { policy } = subject;
    const evacuation = subject.program?.evacuation ?? null;
    const { terminalText } = await import("../render/sanitize");
    if (subject.program && !options.quiet) {
      for (const note of subject.program.notes) process.stderr.write(`note: ${terminalText(note)}\n`);
    }
    const printed = subject.program?.capture.output.trim();
    if (options.debug && printed) process.stderr.write(`the program printed:\n${terminalText(printed, true)}\n`);
    // With --evacuate alone, the evacuation is the preview: its change set and the loss of that site.
    const onlyEvacuation = evacuation !== null && !options.all && !options.scenario && !options.site;
    const scenarios = onlyEvacuation ? [] : await selectScenarios(policy, options);
    if (options.explain !== undefined) await checkService(policy, options.explain);
    const explained = options.explain;
    if (format === "json" && explained === undefined) {
      const { writePreviewJson } = await import("./preview-json");
      const { findings, program } = subject;
      const compact = options.compact === true;
      const verdicts = await writePreviewJson({ policy, scenarios, findings, program, compact }, options);
      setExit(verdicts.every(Boolean) ? EXIT.ok : EXIT.findings);
      return;
    }
    const preview = simulate.runPreview(policy, scenarios);
    const style = createStyle(useColor(options));
    const view = {
      matrix: options.all === true,
      findings: options.quiet ? [] : subject.findings,
      label: subject.label,
    };
    let text =
      explained === undefined
        ? subject.program
          ? await renderProgramPreview(format, preview, view, style, subject.program)
          : await renderPreview(format, preview, view, style)
        : await renderExplanations(
            format,
            policy.metadata.name,
            scenarios.map((scenario) => simulate.explainService(policy, scenario, explained)),
            style,
          );
    if (explained !== undefined && evacuation !== null && format !== "json") {
      text += `\n${await renderEvacuation(format, evacuation, policy.metadata.name, style)}`;
    }
    const outcomes = [...preview.scenarios, ...(evacuation ? [evacuation.outcome] : [])];
    emit(text, options);
    // A mandatory rule of the policy pack stops the gate as an unrecovered scenario does.
    const blocked = subject.program?.policyPack.some((finding) => finding.severity === "error") ?? false;
    setExit(outcomes.every(simulate.allRecovered) && !blocked ? EXIT.ok : EXIT.findings);
  });
}

/**
 * The scenarios to run, in order and without repeats: the `--all` matrix, then each `--scenario`, then each `--site`;
 * with none of them, every declared scenario.
 */
async function selectScenarios(policy: ContinuityPolicy, options: PreviewOptions) {
  const { findScenario, knownScenarioIds, scenarioMatrix, siteLossScenario } = await import("@relais/simulate");
  const { nearest } = await import("@relais/policy");
  const chosen = [
    ...(options.all ? scenarioMatrix(policy) : []),
    ...(options.scenario ?? []).map((id) => {
      const scenario = findScenario(policy, id);
      if (scenario) return scenario;
      const known = knownScenarioIds(policy);
      const suggestion = nearest(id, known);
      throw new UsageError(
        `--scenario ${id}: policy ${policy.metadata.name} has no such scenario`,
        suggestion
          ? `did you mean ${suggestion}?`
          : `use a declared id (${policy.scenarios.map((s) => s.id).join(", ") || "none declared"}) or a generated one such as ${known.find((k) => k.includes(":")) ?? "site-loss:<site>"}; --all runs them all`,
      );
    }),
    ...(options.site ?? []).map((site) => siteLossScenario(policy, site)),
  ];
  if (chosen.length === 0) {
    if (policy.scenarios.length === 0) {
      throw new UsageError(
        `policy ${policy.metadata.name} declares no scenarios`,
        "run the generated matrix with --all, or name one with --site <id> or --scenario <id>",
      );
    }
    return [...policy.scenarios];
  }
  const seen = new Set<string>();
  return chosen.filter((scenario) => !seen.has(scenario.id) && seen.add(scenario.id));
}

async function checkService(policy: ContinuityPolicy, service: string): Promise<void> {
  if (Object.hasOwn(policy.services, service)) return;
  const { nearest } = await import("@relais/policy");
  const suggestion = nearest(service, Object.keys(policy.services));
  throw new UsageError(
    `--explain ${service}: policy ${policy.metadata.name} has no such service`,
    suggestion ? `did you mean ${suggestion}?` : `use one of: ${Object.keys(policy.services).join(", ")}`,
  );
}

/** The program-only flags, checked: `--engine mock|pulumi`, `--timeout` a duration. */
async function programOptions(options: PreviewOptions) {
  if (options.engine !== undefined && !(ENGINES as readonly string[]).includes(options.engine)) {
    throw new UsageError(`--engine ${options.engine} is not an engine`, `use one of: ${ENGINES.join(", ")}`);
  }
  if (options.engine === "pulumi" && options.evacuate === undefined) {
    throw new UsageError("--engine pulumi gives the change set of --evacuate", "add --evacuate <site>");
  }
  const timeoutMs = options.timeout === undefined ? undefined : await parseTimeFlag("--timeout", options.timeout);
  return {
    stack: options.stack,
    evacuate: options.evacuate,
    engine: options.engine as (typeof ENGINES)[number] | undefined,
    timeoutMs,
  };
}

/**
 * A program's preview: the same views as a policy's (drift first, among the findings), then the evacuation's
 * change set and the simulated loss of the evacuated site (JSON is written by `preview-json.ts`).
 */
async function renderProgramPreview(
  format: string,
  preview: PreviewResult,
  view: PreviewView,
  style: Style,
  program: ProgramPreview,
): Promise<string> {
  const evacuation = program.evacuation;
  if (!evacuation) return renderPreview(format, preview, view, style);
  const blocks: string[] = [];
  if (preview.scenarios.length > 0) blocks.push(await renderPreview(format, preview, view, style));
  else blocks.push(await renderHeader(format, preview.policy, view, style));
  blocks.push(await renderEvacuation(format, evacuation, preview.policy, style));
  return blocks.join("\n");
}

/** The title and findings of a preview that runs no scenario of its own (`--evacuate` alone). */
async function renderHeader(format: string, policy: string, view: PreviewView, style: Style): Promise<string> {
  const { renderFindings } = await import("../render/findings");
  const { forMarkdown, forTerminal } = await import("../render/sanitize");
  if (format === "md") {
    const safe = forMarkdown({ policy, view });
    const findings = safe.view.findings.map(
      (finding) => `- **${finding.path}**: ${finding.message} (\`${finding.code}\`)`,
    );
    return [`# Preview of ${safe.policy}`, "", `Source: \`${safe.view.label}\``, "", ...findings, ""].join("\n");
  }
  const safe = forTerminal({ policy, label: view.label });
  const title = style.bold(`Preview of ${safe.policy} (${safe.label})`);
  return view.findings.length > 0 ? `${title}\n\n${renderFindings(view.findings, style)}` : `${title}\n`;
}

/** The change set of a planned evacuation, then the simulated loss of the evacuated site on what is deployed. */
async function renderEvacuation(
  format: string,
  evacuation: NonNullable<ProgramPreview["evacuation"]>,
  policy: string,
  style: Style,
): Promise<string> {
  const { renderChangeSetMarkdown, renderChangeSetText } = await import("@relais/preview");
  const { summarise } = await import("@relais/simulate");
  const { forMarkdown, forTerminal } = await import("../render/sanitize");
  const outcome: PreviewResult = { policy, scenarios: [evacuation.outcome], summary: summarise([evacuation.outcome]) };
  const label = `losing ${evacuation.changeSet.evacuate}, as deployed`;
  if (format === "md") {
    const { renderPreviewMarkdown } = await import("../render/preview-markdown");
    return `${renderChangeSetMarkdown(forMarkdown(evacuation.changeSet))}\n${renderPreviewMarkdown(outcome, { matrix: false, findings: [], label })}`;
  }
  const { renderPreviewTable } = await import("../render/preview-table");
  return `${renderChangeSetText(forTerminal(evacuation.changeSet), style)}\n${renderPreviewTable(outcome, { matrix: false, findings: [], label }, style)}`;
}

async function renderPreview(format: string, preview: PreviewResult, view: PreviewView, style: Style): Promise<string> {
  if (format === "md") return (await import("../render/preview-markdown")).renderPreviewMarkdown(preview, view);
  return (await import("../render/preview-table")).renderPreviewTable(preview, view, style);
}

async function renderExplanations(
  format: string,
  policy: string,
  explanations: Explanation[],
  style: Style,
): Promise<string> {
  if (format === "json") return (await import("../json-output")).jsonDocument({ policy, explanations });
  const { renderExplanationsMarkdown, renderExplanationsText } = await import("../render/explain");
  return format === "md" ? renderExplanationsMarkdown(explanations) : renderExplanationsText(explanations, style);
}
