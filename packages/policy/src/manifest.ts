import { z } from "zod";
import { Strategy, TrafficMethod } from "./schema/services";
import { Provider } from "./schema/sites";
import { SiteRole } from "./site-role";

/**
 * The manifest: what Relais components really deployed. `@relais/aws` writes it (in-process for the preview
 * runner, and as the stack output `relais`); `@relais/preview` compares it with the policy (drift) and
 * `@relais/check` reads it to know what to expect live. Durations are seconds.
 */
export const MANIFEST_VERSION = 2;

/**
 * Where a running program's manifests can be read in-process: `globalThis[Symbol.for(MANIFEST_REGISTRY_KEY)]` is an
 * array of functions, one per `ContinuityPlan` in registration order, each resolving to that plan's manifest. A
 * global key rather than a module's state, so the reader (the preview runner) needs neither `@relais/aws` nor the
 * program's copy of it.
 */
export const MANIFEST_REGISTRY_KEY = "relais.manifest.registry";

/** How a service's data is protected as deployed. */
export const DataMechanism = z.enum(["s3-replication", "aws-backup", "snapshots", "external", "none"]);

/** A secure default or capability a provider cannot give, acknowledged in `acceptRisks` on the `ContinuityPlan`. */
const AcceptedRisk = z.strictObject({ site: z.string(), capability: z.string(), reason: z.string() });

const ManifestSite = z.strictObject({
  id: z.string(),
  provider: Provider,
  region: z.string().nullable(),
  zone: z.string().nullable(),
});

const ManifestPlacement = z.strictObject({
  site: z.string(),
  /** `primary` and `standby` for failover strategies; `active` for every site of an active-active service. */
  role: SiteRole,
  /** Units running at this site as deployed. */
  desired: z.number().int().nonnegative(),
  /** Units provisioned but kept stopped (Outscale standby instances, started on failover); 0 elsewhere. */
  stopped: z.number().int().nonnegative(),
  /**
   * How the units are provisioned: an Auto Scaling group, individual instances, outside the stack, or nothing
   * (the failover site of backup-restore, built from backups when needed).
   */
  compute: z.enum(["auto-scaling", "instances", "external", "none"]),
  /** What this site's DNS record points at (address, host name or load balancer), or null without a record. */
  dnsTarget: z.string().nullable(),
  /** Machine image per site, when the site runs compute the stack manages. */
  imageId: z.string().nullable(),
  /** True for an `ExternalWorkload` (on-premises, colocation, SaaS): not managed by this stack. */
  external: z.boolean(),
});

const ManifestService = z.strictObject({
  service: z.string(),
  tier: z.string(),
  strategy: Strategy,
  traffic: z.strictObject({
    method: TrafficMethod,
    healthCheck: z.strictObject({ interval: z.number(), failureThreshold: z.number() }).nullable(),
    ttl: z.number().nullable(),
    /** The hosted zone and name the records serve, or null when no record is deployed. */
    dns: z.strictObject({ zoneId: z.string(), name: z.string() }).nullable(),
  }),
  capacity: z.strictObject({ required: z.number(), standby: z.number(), scaleUp: z.number() }),
  /**
   * The data mechanism deployed and the figures it guarantees (never the policy's hopes): `lag` is what the
   * replication guarantees, `every` is present only where a backup schedule exists.
   */
  data: z.strictObject({
    mode: z.enum(["sync-replication", "async-replication", "backup", "none"]),
    mechanism: DataMechanism,
    lag: z.number().optional(),
    every: z.number().optional(),
    restoreTime: z.number().optional(),
    /** The region of the same partition backups are copied to, or null when no copy is made. */
    copyRegion: z.string().nullable(),
  }),
  /** Deployed placement, primary (or first active) site first, then the failover order. */
  sites: z.array(ManifestPlacement),
});

export const Manifest = z.strictObject({
  version: z.literal(MANIFEST_VERSION),
  policy: z.string(),
  /** The site being evacuated (`relais:evacuate`), or null. */
  evacuate: z.string().nullable(),
  sites: z.array(ManifestSite),
  services: z.array(ManifestService),
  crisisCell: z.strictObject({ vaultSite: z.string(), topic: z.boolean() }).nullable(),
  /** Every risk the stack acknowledged, in `acceptRisks` order. */
  acceptedRisks: z.array(AcceptedRisk),
});

export type Manifest = z.output<typeof Manifest>;
export type ManifestService = Manifest["services"][number];
export type ManifestPlacement = ManifestService["sites"][number];
export type ManifestSite = Manifest["sites"][number];
export type AcceptedRisk = Manifest["acceptedRisks"][number];
