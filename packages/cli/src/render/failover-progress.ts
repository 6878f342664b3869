import type { FailoverProgress } from "@relais/failover";

/** A one-line progress display on a terminal: `failover 1/3 · gov-b StartInstances payments-api`, erased at the end. */
export class FailoverProgressDisplay {
  private shown = false;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  update(progress: FailoverProgress): void {
    const { step } = progress;
    const verb = progress.phase === "start" ? "running" : step.status;
    const line = `failover ${progress.done}/${progress.total} · ${step.site} ${step.action} ${step.service} (${verb})`;
    const width = Math.max(10, (this.stream.columns || 80) - 1);
    this.stream.write(`\r\u001b[2K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
    this.shown = true;
  }

  stop(): void {
    if (this.shown) this.stream.write("\r\u001b[2K");
    this.shown = false;
  }
}
