import { createStyle } from "../output";
import { alignColumns, clock, statusLabel, visibleLength } from "./preview-layout";
import { cell, table } from "./preview-markdown";

describe("preview layout", () => {
  it("writes runbook times as T+mm:ss, and T+h:mm:ss from one hour on", () => {
    expect(clock(0)).toBe("T+00:00");
    expect(clock(330)).toBe("T+05:30");
    expect(clock(3599)).toBe("T+59:59");
    expect(clock(3600)).toBe("T+1:00:00");
    expect(clock(10_290)).toBe("T+2:51:30");
    expect(clock(93_600)).toBe("T+26:00:00");
  });

  it("aligns columns on what a terminal shows, colour codes left out", () => {
    const style = createStyle(true);
    const label = statusLabel("down", style);
    expect(visibleLength(label)).toBe("✘ down".length);
    expect(
      alignColumns(
        [
          ["api", label, "x"],
          ["payments-api", "✔ recovered", "y"],
        ],
        "  ",
      ).map(strip),
    ).toEqual(["  api           ✘ down       x", "  payments-api  ✔ recovered  y"]);
  });

  it("escapes Markdown table cells", () => {
    expect(cell("a | b\nc")).toBe("a \\| b c");
    expect(table(["A", "B"], [["1", "x|y"]])).toBe("| A | B |\n|---|---|\n| 1 | x\\|y |");
  });
});

// biome-ignore lint/suspicious/noControlCharactersInRegex: strips the ANSI colour codes the test asked for
const strip = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, "");
