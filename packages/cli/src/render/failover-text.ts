import type { FailoverReport, StepStatus } from "@relais/failover";
import type { Style } from "../output";
import { plural } from "./findings";

const SYMBOL: Readonly<Record<StepStatus, string>> = {
  planned: "·",
  done: "✓",
  already: "✓",
  failed: "✗",
  skipped: "-",
};

/**
 * The failover as text: a heading (plan or outcome), one block per step in runbook order — number, status, service,
 * site, action, then what it touches and why or what happened —, then the follow-up that keeps the failover.
 */
export function renderFailoverText(report: FailoverReport, executed: boolean, style: Style): string {
  const lines = [heading(report, executed, style), ""];
  if (report.steps.length === 0) {
    lines.push("  nothing to do: no service of the stack serves from the lost sites");
    return lines.join("\n");
  }
  const width = String(report.steps.length).length;
  const statusWidth = Math.max(...report.steps.map((step) => step.status.length), 0);
  for (const step of report.steps) {
    const status = paint(step.status, `${SYMBOL[step.status]} ${step.status.padEnd(statusWidth)}`, style);
    lines.push(
      `  ${String(step.order).padStart(width)}  ${status}  ${style.bold(step.service)}  ${step.site}  ${step.action}`,
    );
    const indent = " ".repeat(width + 4);
    if (step.resources.length > 0) lines.push(`${indent}${style.dim(step.resources.join(", "))}`);
    lines.push(`${indent}${step.reason}`);
  }
  lines.push("", ...followUp(report));
  return lines.join("\n");
}

function heading(report: FailoverReport, executed: boolean, style: Style): string {
  const lost = report.site === "" ? "a scenario that loses no site of the stack" : `the loss of ${report.site}`;
  if (!executed) {
    return style.bold(`Failover plan for ${lost}: nothing was changed (add --execute to carry it out)`);
  }
  const count = (status: StepStatus) => report.steps.filter((step) => step.status === status).length;
  const failed = count("failed");
  const summary = `${count("done")} done, ${count("already")} already so, ${failed} failed, ${count("skipped")} skipped`;
  const journal = report.journal ? ` · journal ${report.journal}` : "";
  const text = `Failover after ${lost}: ${summary}${journal}`;
  return failed > 0 ? style.red(style.bold(text)) : style.bold(text);
}

/** What keeps the failover across the next `pulumi up`, and how to resume. */
export function followUp(report: FailoverReport): string[] {
  const sites = report.site.split(", ").filter(Boolean);
  const lines = ["Then keep the failover across the next deployment (from the stack's program):"];
  if (sites.length === 1) lines.push(`  pulumi config set relais:evacuate ${sites[0]}`);
  else lines.push(`  pulumi config set relais:evacuate SITE   (one of ${sites.join(", ")}; it takes one site)`);
  lines.push("  pulumi up");
  const unfinished = report.steps.filter((step) => step.status === "failed" || step.status === "skipped");
  if (report.journal && unfinished.some((step) => step.action !== "manual")) {
    lines.push(
      `Once fixed, resume with the same journal: --journal ${report.journal} (${plural(unfinished.length, "step")} left)`,
    );
  }
  return lines;
}

function paint(status: StepStatus, text: string, style: Style): string {
  if (status === "failed") return style.red(text);
  if (status === "done" || status === "already") return style.green(text);
  if (status === "skipped") return style.yellow(text);
  return style.cyan(text);
}
