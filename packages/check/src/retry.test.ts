import { backoffDelay, DEFAULT_RETRY } from "./retry";

describe("backoffDelay", () => {
  const settings = { maxAttempts: 6, baseDelayMs: 100, maxDelayMs: 1_000 };

  test("doubles per attempt up to the cap, half fixed and half jitter", () => {
    expect([1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, settings, () => 0))).toEqual([
      50, 100, 200, 400, 500,
    ]);
    expect([1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, settings, () => 0.999_999))).toEqual([
      100, 200, 400, 800, 1000,
    ]);
  });

  test("spreads clients out: different random draws give different delays within the bounds", () => {
    const delays = [0.1, 0.5, 0.9].map((draw) => backoffDelay(3, settings, () => draw));
    expect(new Set(delays).size).toBe(3);
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(200);
      expect(delay).toBeLessThanOrEqual(400);
    }
  });

  test("the defaults retry three times within a few seconds", () => {
    expect(DEFAULT_RETRY.maxAttempts).toBe(4);
    const worst = [1, 2, 3].reduce((sum, attempt) => sum + backoffDelay(attempt, DEFAULT_RETRY, () => 0.999_999), 0);
    expect(worst).toBeLessThanOrEqual(2_000);
  });
});
