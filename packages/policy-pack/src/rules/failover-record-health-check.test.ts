import { res, run } from "../testing/stack";
import { failoverRecordHealthCheck } from "./failover-record-health-check";

const RECORD = "aws:route53/record:Record";
const failover = { failoverRoutingPolicies: [{ type: "PRIMARY" }], name: "api.example", setIdentifier: "primary" };

describe("relais-failover-record-health-check", () => {
  it("accepts a failover record with a health check, an evaluating alias, and a plain record", async () => {
    const resources = [
      res(RECORD, "with-check", { ...failover, healthCheckId: "hc-1" }),
      res(RECORD, "alias", { ...failover, aliases: [{ name: "lb", zoneId: "Z1", evaluateTargetHealth: true }] }),
      res(RECORD, "plain", { name: "www.example", type: "CNAME", records: ["x"] }),
    ];
    expect(await run(failoverRecordHealthCheck, resources)).toEqual([]);
  });

  it("reports a failover record without a health check", async () => {
    const record = res(RECORD, "api-primary-record", failover);
    const violations = await run(failoverRecordHealthCheck, [record]);
    expect(violations).toEqual([
      expect.objectContaining({ rule: "relais-failover-record-health-check", urn: record.urn }),
    ]);
    expect(violations[0].message).toContain("failover record api-primary-record (PRIMARY) has no health check");
  });
});
