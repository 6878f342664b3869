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
  id: z
    .string()
    .min(1)
    .meta({ description: "unique id, used by exercises and relais preview --scenario", examples: ["hq-inaccessible"] }),
  description: z.string().optional().meta({ description: "what happens" }),
  stage: PositiveInt.optional().meta({ description: "a stage level whose actions open the runbook" }),
  causes: z
    .array(z.string().min(1))
    .default([])
    .meta({ description: `known: ${KNOWN_CAUSES.join(", ")}` }),
  duration: Duration.optional().meta({ description: "how long the disruption lasts", examples: ["72h"] }),
};

/** A disruption the plan must survive. */
export const Scenario = z.discriminatedUnion("kind", [
  z.strictObject({
    ...common,
    kind: z.literal("site-loss"),
    sites: z.array(Id).min(1).meta({ description: "ids of the sites lost" }),
  }),
  z.strictObject({
    ...common,
    kind: z.literal("zone-loss"),
    zones: z.array(z.string().min(1)).min(1).meta({ description: "zones lost, as sites name them" }),
  }),
  z.strictObject({
    ...common,
    kind: z.literal("region-loss"),
    provider: Provider.meta({ description: "provider of the lost region, or the lost provider" }),
    region: z
      .string()
      .min(1)
      .meta({ description: "region lost", examples: ["cloudgouv-eu-west-1"] }),
  }),
  z.strictObject({ ...common, kind: z.literal("provider-loss"), provider: Provider }),
  z.strictObject({
    ...common,
    kind: z.literal("supplier-loss"),
    supplier: Id.meta({ description: "id of the supplier lost", examples: ["card-network"] }),
    mode: z
      .enum(["outage", "exit"])
      .default("outage")
      .meta({ description: "outage: down until its recovery rto; exit: left for an alternate (switchover)" }),
  }),
  z.strictObject({
    ...common,
    kind: z.literal("staff-unavailability"),
    absent: Percentage.meta({ description: "share of staff absent", examples: ["40%"] }),
  }),
]);

export const SCENARIO_KINDS = [
  "site-loss",
  "zone-loss",
  "region-loss",
  "provider-loss",
  "supplier-loss",
  "staff-unavailability",
] as const;
