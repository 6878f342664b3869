import type { Command } from "commander";
import { EXIT } from "../errors";
import { resolveToday, withCommonOptions } from "../options";
import { type CommonOptions, createStyle, emit, resolveFormat, useColor } from "../output";
import { plural, renderFindings } from "../render/findings";

export function validateCommand(program: Command, setExit: (code: number) => void): void {
  withCommonOptions(
    program
      .command("validate")
      .summary("parse and check a policy")
      .description(
        "Parse a continuity policy (YAML or JSON) and run every semantic rule.\n" +
          "Exit codes: 0 valid (warnings allowed), 1 errors found, 2 usage error or unreadable file.",
      )
      .argument("<policy>", "path to continuity.yaml, a directory holding one, or - for standard input"),
    ["table", "json"],
  ).action(async (target: string, options: CommonOptions) => {
    const { validatePolicy } = await import("@relais/policy");
    const { validationRules } = await import("@relais/simulate");
    const format = resolveFormat(options, ["table", "json"], "table");
    const today = resolveToday(options);
    const { readPolicySource } = await import("../policy-source");
    const source = await readPolicySource(target);
    const file = source.label;
    const result = validatePolicy(source.text, { today, rules: validationRules });
    if (format === "json") {
      const { jsonDocument } = await import("../json-output");
      const body = { valid: result.valid, policy: result.policy?.metadata.name ?? null, findings: result.findings };
      emit(jsonDocument(body), options);
    } else {
      const style = createStyle(useColor(options));
      const errors = result.findings.filter((finding) => finding.severity === "error").length;
      const warnings = result.findings.length - errors;
      const { terminalText } = await import("../render/sanitize");
      const name = terminalText(result.policy?.metadata.name ?? file);
      const summary = result.valid
        ? style.green(`✔ ${name} is valid`) + (warnings > 0 ? ` (${plural(warnings, "warning")})` : "")
        : style.red(`✘ ${name} is invalid: ${plural(errors, "error")}, ${plural(warnings, "warning")}`);
      emit(`${options.quiet && result.valid ? "" : renderFindings(result.findings, style, file)}${summary}`, options);
    }
    setExit(result.valid ? EXIT.ok : EXIT.findings);
  });
}
