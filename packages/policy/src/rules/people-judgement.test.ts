import { basePolicy, parseSchema } from "@relais/test-support";
import { remoteDurationExceeded, remoteNeed, staffAt, staffing } from "./people-judgement";

function withPeople(people: Record<string, unknown>) {
  const input = basePolicy();
  input.sites.hq = { provider: "office", jurisdiction: "FR", staff: 200 };
  input.sites.lyon = { provider: "office", jurisdiction: "FR", staff: 100 };
  input.people = { staff: 1000, ...people };
  return parseSchema(input);
}

describe("staffing", () => {
  it.each([
    ["55%", "45%", false],
    ["80%", "20%", false],
    ["40%", "60%", false],
    ["81%", "20%", true],
    ["50%", "60%", true],
    ["0.01%", "99.99%", false],
  ])("%s absent against a %s minimum: below is %s", (absent, minimum, below) => {
    const policy = withPeople({ minimumStaffing: minimum });
    const fraction = Number(absent.slice(0, -1)) / 100;
    expect(staffing(policy, fraction)?.belowMinimum).toBe(below);
  });

  it("says nothing without a minimum", () => {
    expect(staffing(withPeople({}), 0.9)).toBeUndefined();
  });
});

describe("remoteNeed", () => {
  it("sums the staff of every lost office and compares the share exactly", () => {
    const policy = withPeople({ remoteWork: { capacity: "30%", sustainFor: "24h" } });
    expect(remoteNeed(policy, ["hq"])).toMatchObject({ staff: 200, exceedsCapacity: false });
    expect(remoteNeed(policy, ["hq", "lyon"])).toMatchObject({ staff: 300, total: 1000, exceedsCapacity: false });
    const tighter = withPeople({ remoteWork: { capacity: "29.99%", sustainFor: "24h" } });
    expect(remoteNeed(tighter, ["hq", "lyon"])?.exceedsCapacity).toBe(true);
  });

  it("counts a missing remoteWork as no capacity, and knows nothing without people", () => {
    expect(remoteNeed(withPeople({}), ["lyon"])).toMatchObject({ capacity: 0, exceedsCapacity: true });
    const input = basePolicy();
    expect(remoteNeed(parseSchema(input), [])).toBeUndefined();
  });
});

describe("remoteDurationExceeded and staffAt", () => {
  it("compares the duration with sustainFor (0 when undeclared)", () => {
    const policy = withPeople({ remoteWork: { capacity: "30%", sustainFor: "24h" } });
    expect(remoteDurationExceeded(policy, 24 * 3600)).toBe(false);
    expect(remoteDurationExceeded(policy, 24 * 3600 + 1)).toBe(true);
    expect(remoteDurationExceeded(withPeople({}), 60)).toBe(true);
    expect(remoteDurationExceeded(policy, undefined)).toBe(false);
  });

  it("counts people without float noise: 60% of 350 is 210", () => {
    expect(staffAt(0.6, 350, "up")).toBe(210);
    expect(staffAt(0.6, 350, "down")).toBe(210);
    expect(staffAt(0.333, 10, "up")).toBe(4);
  });
});
