import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { EXIT, UsageError } from "../errors";
import { resolveToday } from "../options";
import { createStyle, resolveFormat, useColor } from "../output";
import { writeFilesAtomically } from "../write-files";

interface RegisterOptions {
  out: string;
  mode: string;
  format?: string;
  today?: string;
  quiet?: boolean;
  color?: boolean;
  debug?: boolean;
}

const MODES = ["review", "filing"] as const;
const FORMATS = ["text", "json"] as const;

export function registerCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command("register")
    .summary("write the DORA register of information (CSV)")
    .description(
      "Write the parts of the DORA register of information (Art. 28(3); templates of Implementing Regulation (EU) " +
        "2024/2956) that the policy can fill, as CSV files in DIR: b_02.02.csv (which function relies on which ICT " +
        "provider), b_05.01.csv (ICT third-party providers, hosting providers included), b_06.01.csv (functions: " +
        "criticality, RTO, RPO), b_07.01.csv (substitutability, alternates, exit plans). RFC 4180, UTF-8. " +
        "--mode review (default) writes readable labels and extra relais.* columns; --mode filing writes c0010 " +
        "column codes and EBA codes, nothing extra. Both list the mandatory columns the policy cannot fill. " +
        "docs/dora-register.md maps every column.\n" +
        "Exit codes: 0 written, 2 usage error or invalid policy (its findings are printed).",
    )
    .argument("<policy>", "path to continuity.yaml")
    .requiredOption("--out <dir>", "directory to write the CSV files into (created if missing)")
    .option("--mode <mode>", `review (readable, default) or filing (c0010 codes, EBA codes)`, "review")
    .option("--format <format>", `summary format: ${FORMATS.join(", ")}`)
    .option("--today <date>", "today's date, YYYY-MM-DD, for date rules (default: the system date)")
    .option("--quiet", "print only the summary, no progress")
    .option("--no-color", "no colour, even on a terminal (NO_COLOR is honoured too)")
    .option("--debug", "show stack traces for unexpected errors")
    .action(async (file: string, options: RegisterOptions) => {
      const format = resolveFormat(options, FORMATS, "text");
      const today = resolveToday(options);
      if (!(MODES as readonly string[]).includes(options.mode)) {
        throw new UsageError(`--mode ${options.mode} is not a register mode`, `use one of: ${MODES.join(", ")}`);
      }
      const mode = options.mode as (typeof MODES)[number];
      const { readPolicyFile, validatePolicy } = await import("@relais/policy");
      const { validationRules } = await import("@relais/simulate");
      const result = validatePolicy(readPolicyFile(file), { today, rules: validationRules });
      if (!result.valid || !result.policy) {
        const { renderFindings } = await import("../render/findings");
        const style = createStyle(useColor({ color: options.color }, process.stderr));
        process.stderr.write(
          renderFindings(
            result.findings.filter((finding) => finding.severity === "error"),
            style,
          ),
        );
        process.stderr.write(`${style.red("error:")} ${file} is invalid: no register is written for it\n`);
        setExit(EXIT.usage);
        return;
      }
      const { buildRegister, registerCsv } = await import("@relais/report");
      const tables = buildRegister(result.policy, { mode });
      if (existsSync(options.out) && !statSync(options.out).isDirectory()) {
        throw new UsageError(
          `--out ${options.out} is a file`,
          "name a directory: relais register writes one CSV file per template into it",
        );
      }
      const written = tables.map((table) => ({
        path: join(options.out, table.template.file),
        content: registerCsv(table),
      }));
      writeFilesAtomically(written);
      const files = tables.map((table, index) => {
        const path = written[index]!.path;
        if (!options.quiet) {
          process.stderr.write(
            `wrote ${path} (${table.template.code}, ${table.rows.length} row${table.rows.length === 1 ? "" : "s"})\n`,
          );
        }
        const unfilled = table.unfilled.map((column) => ({
          column: table.header[table.columns.indexOf(column)],
          name: column.name,
        }));
        return { file: path, template: table.template.code, rows: table.rows.length, unfilled };
      });
      if (format === "json") {
        const summary = { policy: result.policy.metadata.name, mode, files };
        process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
        return;
      }
      const lines = files.flatMap(({ template, unfilled }) =>
        unfilled.length === 0
          ? [`${template}: every mandatory column is filled`]
          : [
              `${template}: the policy cannot fill ${unfilled.length} mandatory column${unfilled.length === 1 ? "" : "s"}:`,
              ...unfilled.map(({ column, name }) => `  ${column}  ${name}`),
            ],
      );
      process.stdout.write(`${lines.join("\n")}\n`);
    });
}
