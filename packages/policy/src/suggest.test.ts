import { editDistance, nearest } from "./suggest";

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["strategy", "stratgy", 1],
    ["kitten", "sitting", 3],
  ])("%j → %j is %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe("nearest", () => {
  const ids = ["gov-region-loss", "gov-zone-a-loss", "hq-inaccessible", "pandemic-wave"];

  it("suggests the candidate a typo most likely meant", () => {
    expect(nearest("hq-inacessible", ids)).toBe("hq-inaccessible");
  });

  it("suggests the only candidate a shortened word begins", () => {
    expect(nearest("gov-zone-a", ids)).toBe("gov-zone-a-loss");
  });

  it("suggests nothing when the word begins several candidates or is far from all", () => {
    expect(nearest("gov", ids)).toBeUndefined();
    expect(nearest("flood", ids)).toBeUndefined();
  });
});
