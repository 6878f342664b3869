/**
 * `relais preview --format json`, streamed: each scenario is simulated, written and dropped, so that the matrix of a
 * 10,000-service policy never has to be held whole. The bytes are those of the whole document printed at once.
 * `--compact` (for automation) lists the services a scenario leaves untouched by id only.
 */
import type { ContinuityPolicy, Finding, ScenarioSpec } from "@relais/policy";
import type { ProgramPreview } from "@relais/preview";
import type { PreviewSummary, ScenarioResult } from "@relais/simulate";
import { stdoutWriter, streamJsonDocument } from "../json-stream";
import type { CommonOptions } from "../output";
import type { Parts } from "../parts";
import { scenarioJsonParts } from "../scenario-json";
import { writeFileAtomicallyFrom } from "../write-files";

export interface JsonPreviewInput {
  policy: ContinuityPolicy;
  scenarios: readonly ScenarioSpec[];
  findings: readonly Finding[];
  program?: ProgramPreview;
  compact: boolean;
}

/** Writes the preview's JSON to `--out` or standard output; resolves to each scenario's "all recovered" verdict. */
export async function writePreviewJson(input: JsonPreviewInput, options: CommonOptions): Promise<boolean[]> {
  const { allRecovered, previewScenarios, summarise } = await import("@relais/simulate");
  const verdicts: boolean[] = [];
  const summary: PreviewSummary = { scenarios: 0, down: 0, degraded: 0, recovered: 0, commitmentsBreached: 0 };
  const scenarioParts = scenarioJsonParts();
  function* results(): Generator<Parts> {
    for (const result of previewScenarios(input.policy, input.scenarios)) {
      verdicts.push(allRecovered(result));
      const one = summarise([result]);
      for (const key of Object.keys(summary) as Array<keyof PreviewSummary>) summary[key] += one[key];
      yield scenarioParts(input.compact ? compactScenario(result) : result);
    }
  }
  const evacuation = input.program?.evacuation ?? null;
  const head = { policy: input.policy.metadata.name, findings: input.findings, ...programHead(input.program) };
  const tail = () => (input.program ? { summary, evacuation } : { summary });
  const produce = (write: (parts: Parts) => void | Promise<void>) =>
    streamJsonDocument(head, "scenarios", results(), tail, write);
  if (options.out) {
    await writeFileAtomicallyFrom(options.out, produce);
    if (!options.quiet) process.stderr.write(`wrote ${options.out}\n`);
  } else {
    await produce(stdoutWriter());
  }
  if (evacuation) verdicts.push(allRecovered(evacuation.outcome));
  return verdicts;
}

/** What a program's JSON adds before the scenarios: the run's summary and the drift. */
function programHead(program: ProgramPreview | undefined): object {
  if (!program) return {};
  const { capture, project } = program;
  return {
    program: {
      directory: project.directory,
      project: project.name,
      stack: project.stack,
      policyFile: program.policyFile,
      resources: capture.resources.length,
      notes: program.notes,
    },
    drift: program.drift,
  };
}

/** A scenario with only the services it touched in full, and the others by id. */
function compactScenario(result: ScenarioResult): object {
  const { services, ...rest } = result;
  const entries: Array<[string, unknown]> = Object.entries(rest);
  const at = entries.findIndex(([key]) => key === "commitments");
  const touched = services.filter((service) => service.status !== "unaffected");
  const unaffected = services.filter((service) => service.status === "unaffected").map((service) => service.id);
  entries.splice(at < 0 ? entries.length : at, 0, ["services", touched], ["unaffected", unaffected]);
  return Object.fromEntries(entries);
}
