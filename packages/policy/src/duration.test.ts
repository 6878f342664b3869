import { formatDuration, parseDuration } from "./duration";

describe("parseDuration", () => {
  it.each([
    ["0s", 0],
    ["90s", 90],
    ["15m", 900],
    ["4h", 14_400],
    ["2d", 172_800],
    ["1h30m", 5_400],
    ["1d2h3m4s", 93_784],
    ["PT15M", 900],
    ["P2D", 172_800],
    ["P1DT2H", 93_600],
    ["PT0S", 0],
  ])("reads %s as %i seconds", (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each(["", "15", "15 m", "m", "1.5h", "30m1h", "P", "PT", "P1H", "-5m", "15min"])("refuses %j", (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe("formatDuration", () => {
  it.each([
    [0, "0s"],
    [45, "45s"],
    [330, "5m30s"],
    [5_400, "1h30m"],
    [172_800, "2d"],
  ])("writes %i seconds as %s", (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
