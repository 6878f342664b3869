import { z } from "zod";
import { Duration, Id, Percentage, PositiveInt } from "./primitives";
import { Provider } from "./sites";

export const KNOWN_CAUSES = [
  "disaster",
  "fire",
  "flood",
  "power",
  "demonstration",
  "police-operation",
  "pandemic",
  "cyberattack",
  "supplier-failure",
] as const;

const common = {
  id: z.string().min(1),
  description: z.string().optional(),
  stage: PositiveInt.optional().meta({ description: "a stage level whose actions open the runbook" }),
  causes: z
    .array(z.string().min(1))
    .default([])
    .meta({ description: `known: ${KNOWN_CAUSES.join(", ")}` }),
  duration: Duration.optional(),
};

/** A disruption the plan must survive. */
export const Scenario = z.discriminatedUnion("kind", [
  z.strictObject({ ...common, kind: z.literal("site-loss"), sites: z.array(Id).min(1) }),
  z.strictObject({ ...common, kind: z.literal("zone-loss"), zones: z.array(z.string().min(1)).min(1) }),
  z.strictObject({ ...common, kind: z.literal("region-loss"), provider: Provider, region: z.string().min(1) }),
  z.strictObject({ ...common, kind: z.literal("provider-loss"), provider: Provider }),
  z.strictObject({
    ...common,
    kind: z.literal("supplier-loss"),
    supplier: Id,
    mode: z.enum(["outage", "exit"]).default("outage"),
  }),
  z.strictObject({ ...common, kind: z.literal("staff-unavailability"), absent: Percentage }),
]);

export const SCENARIO_KINDS = [
  "site-loss",
  "zone-loss",
  "region-loss",
  "provider-loss",
  "supplier-loss",
  "staff-unavailability",
] as const;
