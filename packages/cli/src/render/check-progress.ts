import type { CheckPlan, CheckProgress } from "@relais/check";
import { plural } from "./findings";
import { forTerminal } from "./sanitize";

/** The progress line: `checking 5/14 · gov-b standby-running payments-api`, cut to the terminal's width. */
export function progressLine(unsafe: CheckProgress, columns: number): string {
  const progress = forTerminal(unsafe);
  const current = [progress.site, progress.check, progress.service].filter(Boolean).join(" ");
  const line = `checking ${progress.done}/${progress.total} · ${current}`;
  const width = Math.max(10, columns - 1);
  return line.length > width ? `${line.slice(0, width - 1)}…` : line;
}

/** A one-line progress display on a terminal stream, erased when the run ends (so the table starts clean). */
export class ProgressDisplay {
  private shown = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    plan: CheckPlan,
  ) {
    const total = plan.sites.reduce((sum, site) => sum + site.checks.length, 0);
    if (total > 0) this.write(`checking 0/${total} · ${plural(plan.sites.length, "site")}`);
  }

  update(progress: CheckProgress): void {
    this.write(progressLine(progress, this.stream.columns || 80));
  }

  stop(): void {
    if (this.shown) this.stream.write("\r\u001b[2K");
    this.shown = false;
  }

  private write(line: string): void {
    this.stream.write(`\r\u001b[2K${line}`);
    this.shown = true;
  }
}
