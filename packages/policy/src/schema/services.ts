import { z } from "zod";
import { Duration, Id, IsoDate, NonNegativeInt, PositiveInt } from "./primitives";

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
  method: TrafficMethod.meta({
    description: "how traffic moves to the failover site; manual waits for the crisis cell",
  }),
  healthCheck: HealthCheck.prefault({}).meta({
    description: "the health check that detects a failure (Route 53 semantics)",
  }),
  ttl: Duration.optional().meta({ description: "DNS record TTL; default 60s for DNS methods" }),
});

const Data = z.discriminatedUnion("mode", [
  z.strictObject({ mode: z.literal("sync-replication") }),
  z.strictObject({ mode: z.literal("async-replication"), lag: Duration.meta({ description: "replication lag" }) }),
  z.strictObject({
    mode: z.literal("backup"),
    every: Duration.meta({ description: "time between backups" }),
    restoreTime: Duration.optional().meta({ description: "time to restore the latest backup" }),
    retention: Duration.optional().meta({ description: "how long backups are kept", examples: ["30d"] }),
    restoreTestedOn: IsoDate.optional().meta({ description: "date a restore was last tested (restore-untested)" }),
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
  z.strictObject({
    service: Id.meta({ description: "a service depended on" }),
    hard: z
      .boolean()
      .default(true)
      .meta({ description: "hard: its loss takes the dependent down; soft: it only degrades it" }),
  }),
  z.strictObject({
    supplier: Id.meta({ description: "a supplier depended on" }),
    hard: z
      .boolean()
      .default(true)
      .meta({ description: "hard: its loss takes the dependent down; soft: it only degrades it" }),
  }),
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
    tier: Id.meta({ description: "the tier whose objectives apply", examples: ["critical"] }),
    description: z.string().optional().meta({ description: "what the service does" }),
    owner: z.string().min(1).optional().meta({ description: "team or person responsible for technical steps" }),
    dataClass: DataClass.default("internal").meta({
      description: "sensitivity of its data; sovereignty applies per class",
    }),
    strategy: Strategy.meta({ description: "how it recovers (the AWS disaster-recovery strategies)" }),
    sites: z
      .array(Id)
      .min(1, { error: "a service needs at least one site" })
      .meta({
        description: "site ids: the primary first, then the failover order (active-active: all active)",
        examples: [["gov-a", "gov-b"]],
      }),
    capacity: Capacity.meta({ description: "units of capacity, at full load and on standby" }),
    traffic: Traffic.meta({ description: "how traffic reaches the service and moves on failover" }),
    data: Data.meta({ description: "how its data reaches the failover sites" }),
    dependsOn: z.array(Dependency).default([]).meta({
      description: "what it needs: a service id (a hard dependency), { service, hard } or { supplier, hard }",
    }),
    commitments: z
      .array(Id)
      .default([])
      .meta({ description: "ids of the commitments it serves", examples: [["merchant-sla"]] }),
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
