import type { FailoverProgress } from "@relais/failover";
import { FailoverProgressDisplay } from "./failover-progress";

function fakeTerminal(columns: number) {
  const writes: string[] = [];
  return { writes, stream: { columns, write: (text: string) => writes.push(text) } as unknown as NodeJS.WriteStream };
}

const progress = (phase: FailoverProgress["phase"], done: number): FailoverProgress => ({
  phase,
  done,
  total: 3,
  step: {
    order: 1,
    service: "payments-api",
    site: "gov-b",
    action: "StartInstances",
    resources: [],
    status: phase === "start" ? "planned" : "done",
    reason: "",
  },
});

describe("the failover progress line", () => {
  test("rewrites one line per update, cut to the terminal's width, and erases it at the end", () => {
    const { writes, stream } = fakeTerminal(80);
    const display = new FailoverProgressDisplay(stream);
    display.update(progress("start", 0));
    display.update(progress("done", 1));
    display.stop();
    expect(writes).toEqual([
      "\r\u001b[2Kfailover 0/3 · gov-b StartInstances payments-api (running)",
      "\r\u001b[2Kfailover 1/3 · gov-b StartInstances payments-api (done)",
      "\r\u001b[2K",
    ]);
    const narrow = fakeTerminal(20);
    new FailoverProgressDisplay(narrow.stream).update(progress("start", 0));
    expect(narrow.writes[0]).toBe("\r\u001b[2Kfailover 0/3 · gov…");
  });
});
