import type { EnforcementLevel, PolicyConfigSchema } from "@pulumi/policy";

/** What a tier asks of its services, as the pack checks it. */
export interface TierConfig {
  /** Distinct sites a service of the tier must be deployed on. */
  minimumSites?: number;
  /** `region`: the sites must not all share one region; `zone`: distinct sites are enough. */
  separation?: "zone" | "region";
  /** Longest failure detection of a health check (interval × failure threshold), in seconds. */
  maxDetectionSeconds?: number;
}

/** The pack's configuration (`pulumi preview --policy-pack-config`, or the defaults). */
export interface PackConfig {
  /** Regions resources may be created in; empty or absent: any region. */
  allowedRegions?: string[];
  /** Per tier id; a tier not listed gets the defaults. */
  tiers?: Record<string, TierConfig>;
}

/**
 * The file `pulumi preview --policy-pack-config` reads, and `relais preview` reads from `policy-pack-config.json`
 * in the program's directory: per rule name, its settings and optionally another enforcement level.
 */
export type PackConfigFile = Record<string, PackConfig & { enforcementLevel?: EnforcementLevel }>;

/** A tier that is not configured: two sites, distinct zones, and Route 53's default detection (30 s × 3). */
export const DEFAULT_TIER: Required<TierConfig> = { minimumSites: 2, separation: "zone", maxDetectionSeconds: 90 };

/** The settings of a tier, configured values over the defaults. */
export function tierConfig(config: PackConfig, tier: string): Required<TierConfig> {
  return { ...DEFAULT_TIER, ...config.tiers?.[tier] };
}

/** JSON schemas of the config, for the rules that read it. */
export const allowedRegionsSchema: PolicyConfigSchema = {
  properties: { allowedRegions: { type: "array", items: { type: "string" } } },
};

export const tiersSchema: PolicyConfigSchema = {
  properties: {
    tiers: {
      type: "object",
      additionalProperties: {
        type: "object",
        properties: {
          minimumSites: { type: "integer", minimum: 1 },
          separation: { type: "string", enum: ["zone", "region"] },
          maxDetectionSeconds: { type: "number", minimum: 10 },
        },
        additionalProperties: false,
      },
    },
  },
};
