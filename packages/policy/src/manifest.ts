import { z } from "zod";
import { Strategy, TrafficMethod } from "./schema/services";
import { Provider } from "./schema/sites";

/**
 * The manifest: what Relais components really deployed. `@relais/aws` writes it (in-process for the preview
 * runner, and as the stack output `relais`); `@relais/preview` compares it with the policy (drift) and
 * `@relais/check` reads it to know what to expect live. Durations are seconds.
 */
export const MANIFEST_VERSION = 1;

const ManifestSite = z.strictObject({
  id: z.string(),
  provider: Provider,
  region: z.string().nullable(),
  zone: z.string().nullable(),
});

const ManifestPlacement = z.strictObject({
  site: z.string(),
  /** `primary` and `standby` for failover strategies; `active` for every site of an active-active service. */
  role: z.enum(["primary", "standby", "active"]),
  /** Units running at this site as deployed. */
  desired: z.number().int().nonnegative(),
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
  }),
  capacity: z.strictObject({ required: z.number(), standby: z.number(), scaleUp: z.number() }),
  data: z.strictObject({
    mode: z.enum(["sync-replication", "async-replication", "backup", "none"]),
    lag: z.number().optional(),
    every: z.number().optional(),
    restoreTime: z.number().optional(),
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
});

export type Manifest = z.output<typeof Manifest>;
export type ManifestService = Manifest["services"][number];
export type ManifestPlacement = ManifestService["sites"][number];
export type ManifestSite = Manifest["sites"][number];
