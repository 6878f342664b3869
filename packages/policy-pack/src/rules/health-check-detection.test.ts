import { res, run, tags } from "../testing/stack";
import { healthCheckDetection } from "./health-check-detection";

const CHECK = "aws:route53/healthCheck:HealthCheck";

describe("relais-health-check-detection", () => {
  it("accepts detection within the tier's limit", async () => {
    const fast = res(CHECK, "fast", { requestInterval: 10, failureThreshold: 3, tags: tags("api", "a") });
    const defaults = res(CHECK, "defaults", { tags: tags("api", "b") }); // 30 s × 3 = 90 s, the default limit
    expect(await run(healthCheckDetection, [fast, defaults])).toEqual([]);
  });

  it("reports detection slower than the tier allows", async () => {
    const slow = res(CHECK, "slow", { requestInterval: 30, failureThreshold: 3, tags: tags("api", "a") });
    const violations = await run(healthCheckDetection, [slow], { tiers: { critical: { maxDetectionSeconds: 30 } } });
    expect(violations).toHaveLength(1);
    expect(violations[0].message).toContain(
      "detects a failure in 90 s (30 s × 3), more than tier critical allows (30 s)",
    );
  });
});
