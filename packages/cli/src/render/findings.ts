import type { Finding } from "@relais/policy";
import type { Style } from "../output";
import { forTerminal, terminalText } from "./sanitize";

/**
 * Findings as text, grouped by severity (errors first), each with its path, message and hint. Given the file they
 * were read from, each finding starts with `file:line:column` (or the file alone when it has no position), the form
 * editors and CI annotations jump to.
 */
export function renderFindings(unsafe: readonly Finding[], style: Style, unsafeFile?: string): string {
  const findings = forTerminal(unsafe);
  const file = unsafeFile === undefined ? undefined : terminalText(unsafeFile);
  const lines: string[] = [];
  for (const severity of ["error", "warning"] as const) {
    const group = findings.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    const title =
      severity === "error"
        ? style.red(style.bold(plural(group.length, "error")))
        : style.yellow(style.bold(plural(group.length, "warning")));
    lines.push(title);
    for (const finding of group) {
      const where = file === undefined ? "  " : `${located(file, finding)}  `;
      lines.push(`${where}${style.bold(finding.path)}  ${finding.message} ${style.dim(`[${finding.code}]`)}`);
      lines.push(`    ${style.dim("hint:")} ${finding.hint}`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

/** `1 error`, `2 warnings`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** `file:line:column`, or the file alone for a finding with no position. */
function located(file: string, finding: Finding): string {
  return finding.line === undefined ? file : `${file}:${finding.line}:${finding.column ?? 1}`;
}
