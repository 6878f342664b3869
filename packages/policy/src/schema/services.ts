import { z } from "zod";
import { Duration, Id, NonNegativeInt, PositiveInt } from "./primitives";

export const Strategy = z.enum(["active-active", "warm-standby", "pilot-light", "backup-restore"]);
export const TrafficMethod = z.enum(["dns-failover", "dns-weighted", "load-balancer", "manual"]);
export const DataClass = z.enum(["public", "internal", "confidential", "restricted"]);

/** The traffic methods whose switch goes through DNS records with health checks. */
export const DNS_METHODS: readonly string[] = ["dns-failover", "dns-weighted"];

const HealthCheck = z.strictObject({
  interval: Duration.prefault("30s").meta({ description: "seconds between checks; Route 53 allows 10s or 30s" }),
  failureThreshold: z
    .number()
    .int()
    .min(1)
    .max(10)
    .default(3)
    .meta({ description: "consecutive failures before the endpoint is unhealthy (1-10)" }),
});

const Traffic = z.strictObject({
  method: TrafficMethod,
  healthCheck: HealthCheck.prefault({}),
  ttl: Duration.optional().meta({ description: "DNS record TTL; default 60s for DNS methods" }),
});

const Data = z.discriminatedUnion("mode", [
  z.strictObject({ mode: z.literal("sync-replication") }),
  z.strictObject({ mode: z.literal("async-replication"), lag: Duration.meta({ description: "replication lag" }) }),
  z.strictObject({
    mode: z.literal("backup"),
    every: Duration.meta({ description: "time between backups" }),
    restoreTime: Duration.optional().meta({ description: "time to restore the latest backup" }),
  }),
  z.strictObject({ mode: z.literal("none") }),
]);

const Capacity = z.strictObject({
  required: PositiveInt.meta({ description: "units that carry full load" }),
  standby: NonNegativeInt.optional().meta({
    description:
      "units kept running at each failover site (active-active: at every site); default required for active-active, 1 for warm-standby, 0 otherwise",
  }),
  scaleUp: Duration.prefault("5m").meta({ description: "time to grow a site from its running units to required" }),
});

const Dependency = z.union([
  Id.meta({ description: "shorthand: a hard dependency on a service" }),
  z.strictObject({ service: Id, hard: z.boolean().default(true) }),
  z.strictObject({ supplier: Id, hard: z.boolean().default(true) }),
]);

/** A dependency, normalised: on a service or a supplier, hard (its loss takes the dependent down) or soft. */
export type Dependency = { kind: "service" | "supplier"; id: string; hard: boolean };

const STANDBY_DEFAULT = {
  "active-active": undefined,
  "warm-standby": 1,
  "pilot-light": 0,
  "backup-restore": 0,
} as const;

/** A business service, placed on ordered sites: the primary first, then the failover order. */
export const Service = z
  .strictObject({
    tier: Id,
    description: z.string().optional(),
    owner: z.string().min(1).optional().meta({ description: "team or person responsible for technical steps" }),
    dataClass: DataClass.default("internal"),
    strategy: Strategy,
    sites: z.array(Id).min(1, { error: "a service needs at least one site" }),
    capacity: Capacity,
    traffic: Traffic,
    data: Data,
    dependsOn: z.array(Dependency).default([]),
    commitments: z.array(Id).default([]),
  })
  .superRefine((service, ctx) => {
    if (
      service.strategy === "backup-restore" &&
      (service.data.mode !== "backup" || service.data.restoreTime === undefined)
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["data"],
        message: "strategy backup-restore needs data.mode: backup with a restoreTime (the model adds it to the RTO)",
      });
    }
  })
  .transform((service) => {
    const dependsOn: Dependency[] = service.dependsOn.map((dependency) =>
      typeof dependency === "string"
        ? { kind: "service", id: dependency, hard: true }
        : "service" in dependency
          ? { kind: "service", id: dependency.service, hard: dependency.hard }
          : { kind: "supplier", id: dependency.supplier, hard: dependency.hard },
    );
    const standby = service.capacity.standby ?? STANDBY_DEFAULT[service.strategy] ?? service.capacity.required;
    const ttl = service.traffic.ttl ?? (DNS_METHODS.includes(service.traffic.method) ? 60 : undefined);
    return {
      ...service,
      capacity: { ...service.capacity, standby },
      traffic: { ...service.traffic, ttl },
      dependsOn,
    };
  });
