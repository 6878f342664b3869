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
    "| Rule | Enforcement | Kind | Config | What it checks |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const rule of packRules) {
    const kind = "validateStack" in rule ? "stack" : "resource";
    const config = Object.keys(rule.configSchema?.properties ?? {})
      .map((key) => `\`${key}\``)
      .join(", ");
    lines.push(
      `| \`${rule.name}\` | ${rule.enforcementLevel} | ${kind} | ${config || "—"} | ${rule.description.replaceAll("|", "\\|")} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}
