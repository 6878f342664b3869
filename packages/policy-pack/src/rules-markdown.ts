import { packRules } from "./rules";

/** RULES.md: the pack's rules, generated from their code (`pnpm docs:generate` writes it). */
export function rulesMarkdown(): string {
  const lines = [
    "# Rules of @relais/policy-pack",
    "",
    "Generated from the rules' code by `pnpm docs:generate`: do not edit by hand.",
    "",
    "A mandatory rule stops `pulumi preview --policy-pack` and makes `relais preview <program-dir>` exit 1; an",
    "advisory one is reported only.",
    "",
  ];
  const rows = packRules.map((rule) => [
    `\`${rule.name}\``,
    rule.enforcementLevel ?? "advisory",
    "validateStack" in rule ? "stack" : "resource",
    Object.keys(rule.configSchema?.properties ?? {})
      .map((key) => `\`${key}\``)
      .join(", ") || "—",
    rule.description.replaceAll("|", "\\|"),
  ]);
  lines.push(...table(["Rule", "Enforcement", "Kind", "Config", "What it checks"], rows));
  return `${lines.join("\n")}\n`;
}

/** A Markdown table with padded columns, as the repository's formatter writes them. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(" | ")} |`;
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)];
}
