import "../testing/offline-env";
import { DescribeAvailabilityZonesCommand } from "@aws-sdk/client-ec2";
import { mockClient } from "aws-sdk-client-mock";
import { OUTSCALE_SITE, siteContext } from "../testing/site-context";
import { evaluateZones, runZonesAvailable } from "./zones-available";

const zones = [
  { ZoneName: "cloudgouv-eu-west-1a", State: "available" as const },
  { ZoneName: "cloudgouv-eu-west-1b", State: "impaired" as const, Messages: [{ Message: "power incident" }] },
  { ZoneName: "cloudgouv-eu-west-1c", State: "available" as const },
];

describe("zones-available", () => {
  test("a zone site is ready when its zone is available", () => {
    const result = evaluateZones(
      OUTSCALE_SITE,
      { check: "zones-available", service: null, zone: "cloudgouv-eu-west-1a" },
      zones,
    );
    expect(result).toEqual({
      check: "zones-available",
      service: null,
      status: "ready",
      reason: "zone cloudgouv-eu-west-1a is available",
      expected: "available",
      actual: "available",
    });
  });

  test("an impaired zone is not ready, with the provider's message", () => {
    const result = evaluateZones(
      OUTSCALE_SITE,
      { check: "zones-available", service: null, zone: "cloudgouv-eu-west-1b" },
      zones,
    );
    expect(result.status).toBe("not-ready");
    expect(result.actual).toBe("impaired");
    expect(result.reason).toBe(
      "zone cloudgouv-eu-west-1b is impaired (provider says: power incident): capacity there cannot be relied on until the provider restores it",
    );
  });

  test("a zone the account is not offered is not ready and lists the zones that are", () => {
    const result = evaluateZones(
      OUTSCALE_SITE,
      { check: "zones-available", service: null, zone: "cloudgouv-eu-west-1d" },
      zones,
    );
    expect(result).toMatchObject({ status: "not-ready", actual: null });
    expect(result.reason).toContain("offered: cloudgouv-eu-west-1a, cloudgouv-eu-west-1b, cloudgouv-eu-west-1c");
  });

  test("a region site needs one available zone and names the others", () => {
    const region = { ...OUTSCALE_SITE, zone: null };
    const ready = evaluateZones(region, { check: "zones-available", service: null, zone: null }, zones);
    expect(ready).toMatchObject({ status: "ready", actual: "available" });
    expect(ready.reason).toBe("2 of 3 zones available in cloudgouv-eu-west-1 (cloudgouv-eu-west-1b impaired)");
    const none = evaluateZones(region, { check: "zones-available", service: null, zone: null }, [zones[1]!]);
    expect(none).toMatchObject({ status: "not-ready", actual: "impaired" });
    expect(none.reason).toContain("no available zone in gov-b (outscale cloudgouv-eu-west-1)");
  });

  test("asks DescribeAvailabilityZones once", async () => {
    const { context, client } = siteContext();
    const mock = mockClient(client);
    mock.on(DescribeAvailabilityZonesCommand).resolves({ AvailabilityZones: zones });
    const results = await runZonesAvailable(context, [
      { check: "zones-available", service: null, zone: "cloudgouv-eu-west-1b" },
    ]);
    expect(results.map((result) => result.status)).toEqual(["not-ready"]);
    expect(mock.commandCalls(DescribeAvailabilityZonesCommand)).toHaveLength(1);
  });
});
