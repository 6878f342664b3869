import { RequestFailure, type RequestPolicy, RunStopped, sendWithRetry } from "./request";
import { ManualClock } from "./testing/manual-clock";

function throttle() {
  return Object.assign(new Error("Request limit exceeded."), {
    name: "RequestLimitExceeded",
    Code: "RequestLimitExceeded",
    $metadata: { httpStatusCode: 503 },
  });
}

function setup(overrides: Partial<RequestPolicy> = {}) {
  const clock = new ManualClock();
  const policy: RequestPolicy = {
    maxAttempts: 4,
    baseDelayMs: 100,
    maxDelayMs: 1_000,
    requestTimeoutMs: 5_000,
    clock,
    random: () => 0.5,
    ...overrides,
  };
  return { clock, policy, run: new AbortController() };
}

describe("sendWithRetry", () => {
  test("retries throttling with growing back-off, then returns the answer", async () => {
    const { clock, policy, run } = setup();
    let calls = 0;
    const send = async () => {
      calls += 1;
      if (calls < 3) throw throttle();
      return "answer";
    };
    const start = clock.now();
    await expect(clock.run(sendWithRetry("DescribeImages", send, policy, run.signal))).resolves.toBe("answer");
    expect(calls).toBe(3);
    // Back-off 75 ms then 150 ms (random 0.5), taking virtual time only.
    expect(clock.elapsedSince(start)).toBe(225);
  });

  test("gives up after the last attempt with the classified failure", async () => {
    const { clock, policy, run } = setup({ maxAttempts: 3 });
    let calls = 0;
    const failing = sendWithRetry(
      "DescribeImages",
      async () => {
        calls += 1;
        throw throttle();
      },
      policy,
      run.signal,
    );
    const error = await clock.run(failing).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestFailure);
    expect(error).toMatchObject({ action: "DescribeImages", attempts: 3, failure: { kind: "throttled" } });
    expect(calls).toBe(3);
  });

  test("does not retry what retrying cannot fix", async () => {
    const { clock, policy, run } = setup();
    let calls = 0;
    const auth = Object.assign(new Error("denied"), { name: "AuthFailure", $metadata: { httpStatusCode: 401 } });
    const error = await clock
      .run(
        sendWithRetry(
          "DescribeImages",
          async () => {
            calls += 1;
            throw auth;
          },
          policy,
          run.signal,
        ),
      )
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ attempts: 1, failure: { kind: "auth", siteWide: true } });
    expect(calls).toBe(1);
  });

  test("times out a request that never answers, aborts it, and retries", async () => {
    const { clock, policy, run } = setup({ maxAttempts: 2, requestTimeoutMs: 2_000 });
    const signals: AbortSignal[] = [];
    const hang = (signal: AbortSignal) => {
      signals.push(signal);
      return new Promise<string>(() => undefined);
    };
    const start = clock.now();
    const error = await clock
      .run(sendWithRetry("DescribeInstances", hang, policy, run.signal))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ attempts: 2, failure: { kind: "timeout", detail: "no answer within 2s" } });
    expect(signals.map((signal) => signal.aborted)).toEqual([true, true]);
    expect(clock.elapsedSince(start)).toBe(2_000 + 75 + 2_000);
  });

  test("stops at once when the run is stopped, with the run's reason", async () => {
    const { clock, policy, run } = setup();
    const pending = sendWithRetry("DescribeImages", () => new Promise<string>(() => undefined), policy, run.signal);
    const outcome = pending.catch((caught: unknown) => caught);
    await clock.advance(1_000);
    run.abort("deadline reached (--timeout 1s)");
    const error = await outcome;
    expect(error).toBeInstanceOf(RunStopped);
    expect((error as RunStopped).reason).toBe("deadline reached (--timeout 1s)");
  });

  test("does not start a request once the run is stopped", async () => {
    const { policy, run } = setup();
    run.abort("interrupted");
    let calls = 0;
    await expect(
      sendWithRetry(
        "DescribeImages",
        async () => {
          calls += 1;
          return "x";
        },
        policy,
        run.signal,
      ),
    ).rejects.toThrow(RunStopped);
    expect(calls).toBe(0);
  });
});
