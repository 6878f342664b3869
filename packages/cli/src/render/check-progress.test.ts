import type { CheckPlan, CheckProgress } from "@relais/check";
import { ProgressDisplay, progressLine } from "./check-progress";

const progress: CheckProgress = {
  phase: "done",
  site: "gov-b",
  check: "standby-running",
  service: "payments-api",
  done: 5,
  total: 14,
};

const plan: CheckPlan = {
  sites: [
    {
      site: { id: "gov-b", provider: "outscale", region: "r", zone: null },
      checks: [{ check: "zones-available", service: null, zone: null }],
    },
  ],
  skipped: [],
  cloudSites: ["gov-b"],
};

function fakeStream(columns = 80) {
  const writes: string[] = [];
  return { writes, stream: { columns, write: (text: string) => writes.push(text) } as unknown as NodeJS.WriteStream };
}

describe("progressLine", () => {
  test("counts checks and names the current one", () => {
    expect(progressLine(progress, 80)).toBe("checking 5/14 · gov-b standby-running payments-api");
    expect(progressLine({ ...progress, check: "zones-available", service: null }, 80)).toBe(
      "checking 5/14 · gov-b zones-available",
    );
  });

  test("fits a narrow terminal", () => {
    const line = progressLine(progress, 30);
    expect(line).toHaveLength(29);
    expect(line.endsWith("…")).toBe(true);
  });
});

describe("ProgressDisplay", () => {
  test("rewrites one line, then erases it so the result starts clean", () => {
    const { writes, stream } = fakeStream();
    const display = new ProgressDisplay(stream, plan);
    display.update(progress);
    display.stop();
    expect(writes).toEqual([
      "\r\u001b[2Kchecking 0/1 · 1 site",
      "\r\u001b[2Kchecking 5/14 · gov-b standby-running payments-api",
      "\r\u001b[2K",
    ]);
  });

  test("writes nothing for an empty plan", () => {
    const { writes, stream } = fakeStream();
    new ProgressDisplay(stream, { sites: [], skipped: [], cloudSites: [] }).stop();
    expect(writes).toEqual([]);
  });
});

describe("ProgressDisplay on a terminal that reports no width", () => {
  test("assumes 80 columns", () => {
    const { writes, stream } = fakeStream(0);
    new ProgressDisplay(stream, plan).update(progress);
    expect(writes.at(-1)).toBe("\r\u001b[2Kchecking 5/14 · gov-b standby-running payments-api");
  });
});
