import type { ContinuityPolicy } from "@relais/policy";
import type { Explanation, PreviewResult } from "@relais/simulate";
import type { Command } from "commander";
import { EXIT, UsageError } from "../errors";
import { resolveToday, withCommonOptions } from "../options";
import { type CommonOptions, createStyle, emit, resolveFormat, type Style, useColor } from "../output";
import type { PreviewView } from "../render/preview-table";

const FORMATS = ["table", "json", "md"] as const;

interface PreviewOptions extends CommonOptions {
  scenario?: string[];
  site?: string[];
  all?: boolean;
  explain?: string;
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

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
          "2 usage error or invalid policy (its findings are printed).",
      )
      .argument("<policy>", "continuity.yaml, or a directory holding one")
      .option("--scenario <id>", "a declared or generated scenario id, such as site-loss:gov-a (repeatable)", collect)
      .option("--site <id>", "the ad-hoc loss of one site, scenario site-loss:<id> (repeatable)", collect)
      .option("--all", "the scenario matrix: declared scenarios, then each site, region, cloud provider and supplier")
      .option("--explain <service>", "show how each term of SERVICE's estimate is computed, per scenario"),
    FORMATS,
  ).action(async (target: string, options: PreviewOptions) => {
    const format = resolveFormat(options, FORMATS, "table");
    const today = resolveToday(options);
    const { InvalidPolicyError, loadPreviewSubject } = await import("./preview-subject");
    let subject: Awaited<ReturnType<typeof loadPreviewSubject>>;
    try {
      subject = await loadPreviewSubject(target, { today });
    } catch (error) {
      if (!(error instanceof InvalidPolicyError)) throw error;
      const { renderFindings } = await import("../render/findings");
      const style = createStyle(useColor(options, process.stderr));
      process.stderr.write(renderFindings(error.findings, style));
      process.stderr.write(`${style.red("error:")} ${error.label} is not a valid policy: nothing to preview\n`);
      setExit(EXIT.usage);
      return;
    }
    const simulate = await import("@relais/simulate");
    const { policy } = subject;
    const scenarios = await selectScenarios(policy, options);
    if (options.explain !== undefined) await checkService(policy, options.explain);
    const preview = simulate.runPreview(policy, scenarios);
    const style = createStyle(useColor(options));
    const view = {
      matrix: options.all === true,
      findings: options.quiet ? [] : subject.findings,
      label: subject.label,
    };
    if (format === "json" && view.findings.length > 0) {
      const { renderFindings } = await import("../render/findings");
      process.stderr.write(renderFindings(view.findings, createStyle(useColor(options, process.stderr))));
    }
    const explained = options.explain;
    const text =
      explained === undefined
        ? await renderPreview(format, preview, view, style)
        : await renderExplanations(
            format,
            policy.metadata.name,
            scenarios.map((scenario) => simulate.explainService(policy, scenario, explained)),
            style,
          );
    emit(text, options);
    setExit(preview.scenarios.every(simulate.allRecovered) ? EXIT.ok : EXIT.findings);
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

async function renderPreview(format: string, preview: PreviewResult, view: PreviewView, style: Style): Promise<string> {
  if (format === "json") return JSON.stringify(preview, null, 2);
  if (format === "md") return (await import("../render/preview-markdown")).renderPreviewMarkdown(preview, view);
  return (await import("../render/preview-table")).renderPreviewTable(preview, view, style);
}

async function renderExplanations(
  format: string,
  policy: string,
  explanations: Explanation[],
  style: Style,
): Promise<string> {
  if (format === "json") return JSON.stringify({ policy, explanations }, null, 2);
  const { renderExplanationsMarkdown, renderExplanationsText } = await import("../render/explain");
  return format === "md" ? renderExplanationsMarkdown(explanations) : renderExplanationsText(explanations, style);
}
