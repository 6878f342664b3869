import type { ServiceSpec } from "@relais/policy";
import { duration } from "../../text/format";
import { code, codes, paragraph, table } from "../blocks";
import type { PlanInputs } from "../inputs";
import type { Section, Text } from "../model";

/** (g) Required resources, backups and redundancies: per service, what is kept ready and how data is protected. */
export function resourcesSection({ policy }: PlanInputs): Section {
  const services = Object.entries(policy.services);
  return {
    id: "resources",
    title: "Resources, redundancy and backups",
    covers: ["g", "4.2", "art12"],
    blocks: [
      paragraph(
        "What each service keeps ready so that recovery never waits on building something: the sites in failover order, ",
        "the capacity running at each standby site, how traffic moves, and how data is copied.",
      ),
      table(
        ["Service", "Strategy", "Sites (primary first)", "Capacity", "Traffic switch", "Data protection"],
        services.map(([id, service]) => [
          code(id),
          service.strategy,
          codes(service.sites),
          capacityText(service),
          trafficText(service),
          dataText(service),
        ]),
      ),
      paragraph(
        "Capacity is in the policy's units: ",
        { em: "required" },
        " carries the full load; ",
        { em: "standby" },
        " runs at each failover site (every site for active-active); ",
        { em: "scale-up" },
        " is the time to grow a site to the required capacity.",
      ),
    ],
  };
}

function capacityText(service: ServiceSpec): string {
  const { required, standby, scaleUp } = service.capacity;
  return `${required} required, ${standby} standby, scale-up ${duration(scaleUp)}`;
}

function trafficText(service: ServiceSpec): Text {
  const { method, healthCheck, ttl } = service.traffic;
  const detection = `health check every ${duration(healthCheck.interval)} × ${healthCheck.failureThreshold}`;
  const parts = [method === "manual" ? "manual (crisis-cell decision)" : method, detection];
  if (ttl !== undefined) parts.push(`TTL ${duration(ttl)}`);
  return parts.join("; ");
}

function dataText(service: ServiceSpec): string {
  const data = service.data;
  switch (data.mode) {
    case "sync-replication":
      return "synchronous replication (no data loss)";
    case "async-replication":
      return `asynchronous replication, lag ${duration(data.lag)}`;
    case "backup":
      return `backup every ${duration(data.every)}${data.restoreTime === undefined ? "" : `, restore ${duration(data.restoreTime)}`}`;
    case "none":
      return "none: data since the last copy is lost";
  }
}
