import { type AvailabilityZone, DescribeAvailabilityZonesCommand } from "@aws-sdk/client-ec2";
import type { CloudSite, PlannedCheck } from "../plan";
import type { CheckResult } from "../report";
import { type CheckRunner, count, siteLabel } from "./context";

type Planned = Extract<PlannedCheck, { check: "zones-available" }>;

/** `zones-available`: the site's zone (or, for a region-level site, at least one zone of its region) is available. */
export const runZonesAvailable: CheckRunner<Planned> = async (context, planned) => {
  const output = await context.describe("DescribeAvailabilityZones", (abortSignal) =>
    context.client.send(new DescribeAvailabilityZonesCommand({}), { abortSignal }),
  );
  return planned.map((check) => evaluateZones(context.site, check, output.AvailabilityZones ?? []));
};

/** The verdict from the zones the region lists. Pure. */
export function evaluateZones(site: CloudSite, check: Planned, zones: readonly AvailabilityZone[]): CheckResult {
  const base = { check: "zones-available", service: null, expected: "available" } as const;
  if (check.zone !== null) {
    const zone = zones.find((candidate) => candidate.ZoneName === check.zone || candidate.ZoneId === check.zone);
    if (!zone) {
      const offered = zones.map((candidate) => candidate.ZoneName).filter(Boolean);
      return {
        ...base,
        status: "not-ready",
        actual: null,
        reason:
          `zone ${check.zone} is not offered to this account in ${siteLabel(site)}` +
          ` (offered: ${offered.join(", ") || "none"}): check the site's zone in the policy and the account's zones`,
      };
    }
    const state = zone.State ?? "unknown";
    const messages = providerMessages(zone);
    return state === "available"
      ? { ...base, status: "ready", actual: state, reason: `zone ${check.zone} is available${messages}` }
      : {
          ...base,
          status: "not-ready",
          actual: state,
          reason: `zone ${check.zone} is ${state}${messages}: capacity there cannot be relied on until the provider restores it`,
        };
  }
  const available = zones.filter((zone) => zone.State === "available");
  const others = zones.filter((zone) => zone.State !== "available").map((zone) => `${zone.ZoneName} ${zone.State}`);
  const notes = others.length > 0 ? ` (${others.join(", ")})` : "";
  if (available.length === 0) {
    return {
      ...base,
      status: "not-ready",
      actual: zones.length === 0 ? null : (zones[0]?.State ?? null),
      reason: `no available zone in ${siteLabel(site)}${notes}: the region cannot take over until the provider restores it`,
    };
  }
  return {
    ...base,
    status: "ready",
    actual: "available",
    reason: `${available.length} of ${count(zones.length, "zone")} available in ${site.region}${notes}`,
  };
}

function providerMessages(zone: AvailabilityZone): string {
  const messages = (zone.Messages ?? []).map((message) => message.Message).filter(Boolean);
  return messages.length > 0 ? ` (provider says: ${messages.join("; ")})` : "";
}
