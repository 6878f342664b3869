import type { CheckPlan, CheckReport, CheckStatus } from "@relais/check";
import type { Style } from "../output";
import { plural } from "./findings";
import { forTerminal } from "./sanitize";

const STATUS_TEXT: Readonly<Record<CheckStatus, string>> = {
  ready: "ready",
  "not-ready": "not ready",
  unknown: "unknown",
};

/**
 * The readiness table: one block per site (its provider, region and endpoint), one line per check with its status,
 * service and reason; then the sites left out and a summary line. Unknown is shown as not ready.
 */
export function renderCheckTable(unsafeReport: CheckReport, unsafePlan: CheckPlan, style: Style): string {
  const [report, plan] = [forTerminal(unsafeReport), forTerminal(unsafePlan)];
  const lines: string[] = [];
  const rows = report.sites.flatMap((site) => site.checks);
  const checkWidth = Math.max(0, ...rows.map((row) => row.check.length));
  const serviceWidth = Math.max(1, ...rows.map((row) => (row.service ?? "-").length));
  const statusWidth = Math.max(...Object.values(STATUS_TEXT).map((text) => text.length));
  for (const site of report.sites) {
    const info = plan.sites.find((candidate) => candidate.site.id === site.site)?.site;
    const where = info ? ` ${info.provider} ${info.zone ?? info.region}` : "";
    lines.push(`${style.bold(site.site)}${where}  ${style.dim(site.endpoint)}`);
    const shared = sharedUnknownReason(site.checks);
    if (shared !== undefined) {
      const status = paint("unknown", `${symbol("unknown")} ${STATUS_TEXT.unknown.padEnd(statusWidth)}`, style);
      lines.push(`  ${status}  all ${plural(site.checks.length, "check")} of the site: ${shared}`, "");
      continue;
    }
    for (const row of site.checks) {
      const status = paint(row.status, `${symbol(row.status)} ${STATUS_TEXT[row.status].padEnd(statusWidth)}`, style);
      lines.push(
        `  ${status}  ${row.check.padEnd(checkWidth)}  ${(row.service ?? "-").padEnd(serviceWidth)}  ${row.reason}`,
      );
    }
    lines.push("");
  }
  for (const skipped of plan.skipped) lines.push(style.dim(`not checked: ${skipped.site} (${skipped.reason})`));
  if (plan.skipped.length > 0) lines.push("");
  lines.push(summaryLine(report, style));
  return lines.join("\n");
}

/** The reason every check of a site gives when they all failed the same way (refused credentials, no endpoint). */
function sharedUnknownReason(checks: CheckReport["sites"][number]["checks"]): string | undefined {
  if (checks.length < 2 || checks.some((check) => check.status !== "unknown")) return undefined;
  const reasons = new Set(checks.map((check) => check.reason));
  return reasons.size === 1 ? checks[0]!.reason : undefined;
}

function summaryLine(report: CheckReport, style: Style): string {
  const { ready, notReady, unknown } = report.summary;
  const total = ready + notReady + unknown;
  if (total === 0) return style.yellow("nothing to check: the manifest has no cloud site with an EC2-compatible API");
  if (notReady === 0 && unknown === 0) return style.green(`✔ ready: ${plural(total, "check")} passed`);
  const parts = [`${ready} ready`, `${notReady} not ready`, `${unknown} unknown`];
  return style.red(`✘ not ready: ${parts.join(", ")}${unknown > 0 ? " (unknown is not ready)" : ""}`);
}

function symbol(status: CheckStatus): string {
  return status === "ready" ? "✔" : status === "not-ready" ? "✘" : "?";
}

function paint(status: CheckStatus, text: string, style: Style): string {
  return status === "ready" ? style.green(text) : status === "not-ready" ? style.red(text) : style.yellow(text);
}
