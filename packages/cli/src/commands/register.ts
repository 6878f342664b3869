import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { EXIT, UsageError } from "../errors";
import { createStyle, useColor } from "../output";
import { writeFilesAtomically } from "../write-files";

interface RegisterOptions {
  out: string;
  criticalTiers?: string;
  quiet?: boolean;
  color?: boolean;
  debug?: boolean;
}

export function registerCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command("register")
    .summary("write the DORA register of information (CSV)")
    .description(
      "Write the parts of the DORA register of information (Art. 28(3); templates of Implementing Regulation (EU) " +
        "2024/2956) that the policy can fill, as CSV files in DIR: b_02.02.csv (which function relies on which ICT " +
        "provider), b_05.01.csv (ICT third-party providers), b_06.01.csv (functions: criticality, RTO, RPO), " +
        "b_07.01.csv (substitutability, alternates, exit plans). RFC 4180, UTF-8. docs/dora-register.md maps every " +
        "column and lists what the policy does not cover.\n" +
        "Exit codes: 0 written, 2 usage error or invalid policy (its findings are printed).",
    )
    .argument("<policy>", "path to continuity.yaml")
    .requiredOption("--out <dir>", "directory to write the CSV files into (created if missing)")
    .option(
      "--critical-tiers <ids>",
      "comma-separated tiers whose services support a critical or important function (default: tiers with minSites >= 2)",
    )
    .option("--quiet", "print nothing but errors")
    .option("--no-color", "no colour, even on a terminal (NO_COLOR is honoured too)")
    .option("--debug", "show stack traces for unexpected errors")
    .action(async (file: string, options: RegisterOptions) => {
      const { readPolicyFile, validatePolicy } = await import("@relais/policy");
      const { validationRules } = await import("@relais/simulate");
      const result = validatePolicy(readPolicyFile(file), { rules: validationRules });
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
      const policy = result.policy;
      const criticalTiers = parseTiers(options.criticalTiers, Object.keys(policy.tiers));
      const { buildRegister, registerCsv } = await import("@relais/report");
      const tables = buildRegister(policy, { criticalTiers });
      if (existsSync(options.out) && !statSync(options.out).isDirectory()) {
        throw new UsageError(
          `--out ${options.out} is a file`,
          "name a directory: relais register writes one CSV file per template into it",
        );
      }
      const files = tables.map((table) => ({
        path: join(options.out, table.template.file),
        content: registerCsv(table),
      }));
      writeFilesAtomically(files);
      for (const [index, table] of tables.entries()) {
        const path = files[index].path;
        if (!options.quiet) {
          process.stderr.write(
            `wrote ${path} (${table.template.code}, ${table.rows.length} row${table.rows.length === 1 ? "" : "s"})\n`,
          );
        }
      }
    });
}

function parseTiers(text: string | undefined, known: readonly string[]): string[] | undefined {
  if (text === undefined) return undefined;
  const tiers = text
    .split(",")
    .map((tier) => tier.trim())
    .filter((tier) => tier !== "");
  const unknown = tiers.filter((tier) => !known.includes(tier));
  if (unknown.length > 0) {
    throw new UsageError(
      `--critical-tiers names ${unknown.join(", ")}, which ${unknown.length === 1 ? "is not a tier" : "are not tiers"} of the policy`,
      `use tiers of the policy: ${known.join(", ")}`,
    );
  }
  return tiers;
}
