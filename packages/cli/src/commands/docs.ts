import { extname } from "node:path";
import type { Command } from "commander";
import { UsageError } from "../errors";
import { resolveToday, withCommonOptions } from "../options";
import { type CommonOptions, emit, resolveFormat } from "../output";

const FORMATS = ["md", "html"] as const;

interface DocsOptions extends CommonOptions {
  stack?: string;
}

export function docsCommand(program: Command): void {
  withCommonOptions(
    program
      .command("docs")
      .summary("write the continuity plan document")
      .description(
        "Write the business continuity plan of a policy, or of what a Pulumi program deploys: purpose and scope, " +
          "business impact analysis, sites and sovereignty, topology and dependency diagrams, the scenario matrix, a " +
          "runbook per declared scenario, the crisis cell, stages, people, suppliers, commitments, exercises and open " +
          "findings, with a table tracing each element of the declared regimes (regulation.regimes: NIS2 Implementing " +
          "Regulation 2024/2690, DORA) to its sections and policy paths.\n" +
          "Markdown (default; Mermaid diagrams for GitHub and GitLab) or one self-contained, printable HTML file " +
          "(--format html, or --out plan.html). The same input and --today give the same bytes.\n" +
          "Exit codes: 0 written, 2 usage error or invalid input (its findings are printed).",
      )
      .argument("<target>", "continuity.yaml, or a Pulumi program directory")
      .option("--stack <name>", "programs: the stack whose Pulumi.<stack>.yaml configures the run"),
    FORMATS,
  ).action(async (target: string, options: DocsOptions) => {
    const format = docsFormat(options);
    const today = resolveToday(options);
    const { loadPreviewSubject } = await import("./preview-subject");
    // An invalid policy throws InvalidPolicyError: its findings are printed and the exit code is 2.
    const subject = await loadPreviewSubject(target, { today, stack: options.stack, quiet: options.quiet });
    const { renderPlan } = await import("@relais/report");
    const text = await renderPlan(subject.policy, {
      format,
      today,
      source: subject.label,
      extraFindings: subject.findings,
      ...(subject.program ? { acceptedRisks: subject.program.manifests.flatMap((m) => m.acceptedRisks) } : {}),
    });
    emit(text, options);
  });
}

/** The format each `--out` extension means; any other extension needs an explicit `--format`. */
const EXTENSIONS: Record<string, "md" | "html"> = { ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html" };

/** `--format`, else the extension of `--out` (`.md`, `.html`…), else Markdown; an unknown extension is refused. */
function docsFormat(options: CommonOptions): "md" | "html" {
  if (options.format === undefined && options.out !== undefined) {
    const extension = extname(options.out).toLowerCase();
    const format = Object.hasOwn(EXTENSIONS, extension) ? EXTENSIONS[extension] : undefined;
    if (format) return format;
    throw new UsageError(
      `--out ${options.out}: relais docs writes Markdown (.md) or HTML (.html), not ${extension || "a file without an extension"}`,
      extension === ".pdf"
        ? "write plan.html and print it to PDF from a browser, or pass --format md|html to choose"
        : "name the file .md or .html, or pass --format md|html",
    );
  }
  return resolveFormat(options, FORMATS, "md") as "md" | "html";
}
