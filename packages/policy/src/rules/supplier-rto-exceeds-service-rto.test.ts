import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { supplierRtoExceedsServiceRto } from "./supplier-rto-exceeds-service-rto";

const run = (policy: object) => findingsOf(supplierRtoExceedsServiceRto, policy);

function dependingOn(recovery: { rto?: string } | undefined, hard = true) {
  const policy = basePolicy();
  policy.suppliers = { cards: { name: "Cards", criticality: "critical", recovery } };
  policy.services.api.dependsOn = [{ supplier: "cards", hard }];
  return policy;
}

describe("supplier-rto-exceeds-service-rto", () => {
  it("accepts a hard supplier that recovers within the tier rto, and a soft one that does not", () => {
    expect(run(dependingOn({ rto: "15m" }))).toEqual([]);
    expect(run(dependingOn({ rto: "1d" }, false))).toEqual([]);
  });

  it("flags a hard supplier whose committed rto is longer than the tier rto", () => {
    const [finding] = run(dependingOn({ rto: "1h" }));
    expect(finding).toMatchObject({
      code: "supplier-rto-exceeds-service-rto",
      severity: "warning",
      path: "services.api.dependsOn[0]",
    });
    expect(finding.message).toBe(
      'service api (tier "critical", rto 15m) depends hard on supplier cards, which commits to recover within 1h only',
    );
  });

  it("flags a hard supplier that commits to no rto", () => {
    const [finding] = run(dependingOn(undefined));
    expect(finding.message).toContain("depends hard on supplier cards, which commits to no recovery rto");
    expect(finding.hint).toContain("suppliers.cards.recovery.rto");
  });
});
