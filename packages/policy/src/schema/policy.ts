import { z } from "zod";
import { Commitment, CrisisCell, Exercise, People, Regulation, Stage, Supplier } from "./organisation";
import { Duration, Id, IsoDate, NonEmptyText } from "./primitives";
import { Scenario } from "./scenarios";
import { DataClass, Service } from "./services";
import { Site, SovereigntyRule } from "./sites";
import { Tier } from "./tiers";

const Metadata = z.strictObject({
  name: Id.meta({ description: "the policy's id", examples: ["acme-payments"] }),
  owner: NonEmptyText.meta({ description: "who answers for the policy", examples: ["continuity@acme.example"] }),
  description: z.string().optional().meta({ description: "what the policy covers" }),
  reviewedOn: IsoDate.optional().meta({ description: "date of the last review" }),
  reviewEvery: Duration.optional().meta({
    description: "how often the policy must be reviewed (review-overdue)",
    examples: ["180d"],
  }),
});

const atLeastOne = (what: string) => ({
  error: `declare at least one ${what}`,
});

/** The whole continuity policy, `apiVersion: relais/v1`. Parsing normalises it (seconds, fractions, defaults). */
export const ContinuityPolicy = z.strictObject({
  $schema: z.string().optional().meta({ description: "JSON Schema location, for editors" }),
  apiVersion: z
    .literal("relais/v1", { error: 'apiVersion must be "relais/v1"' })
    .meta({ description: "version of the format" }),
  kind: z
    .literal("ContinuityPolicy", { error: 'kind must be "ContinuityPolicy"' })
    .meta({ description: "kind of document" }),
  metadata: Metadata.meta({ description: "the policy's name, owner and review cadence" }),
  tiers: z
    .record(Id, Tier)
    .refine((tiers) => Object.keys(tiers).length > 0, atLeastOne("tier"))
    .meta({
      description: "business impact classes (ISO 22301 BIA): how fast and with how little loss services recover",
    }),
  sovereignty: z
    .partialRecord(DataClass, SovereigntyRule)
    .default({})
    .meta({ description: "where each data class may live: allowed jurisdictions and required qualifications" }),
  sites: z
    .record(Id, Site)
    .refine((sites) => Object.keys(sites).length > 0, atLeastOne("site"))
    .meta({
      description:
        "places where workloads or people are: cloud regions and zones, datacenter rooms, colocations, offices",
    }),
  services: z
    .record(Id, Service)
    .refine((services) => Object.keys(services).length > 0, atLeastOne("service"))
    .meta({
      description: "business services, each placed on ordered sites: the primary first, then the failover order",
    }),
  suppliers: z.record(Id, Supplier).default({}).meta({
    description:
      "third parties services depend on, with their recovery commitments, alternates and exit plans (DORA Art. 28)",
  }),
  commitments: z
    .record(Id, Commitment)
    .default({})
    .meta({ description: "commitments to customers that services serve" }),
  people: People.optional().meta({
    description: "the people side of continuity: staff, minimum staffing, remote work",
  }),
  crisisCell: CrisisCell.optional().meta({
    description: "the crisis cell that convenes in a disruption and decides every manual failover",
  }),
  stages: z
    .array(Stage)
    .default([])
    .meta({ description: "the graduated response: stages with levels 1..n, their triggers and actions" }),
  scenarios: z.array(Scenario).default([]).meta({ description: "disruptions the plan must survive" }),
  exercises: z
    .array(Exercise)
    .default([])
    .meta({ description: "recurring exercises of scenarios (ISO 22301 clause 8.5)" }),
  regulation: Regulation.optional().meta({
    description: "which regimes the plan answers to (NIS2, DORA), the entity's LEI and whom to notify",
  }),
});

/** The normalised policy: durations in seconds, percentages as fractions, every default applied. */
export type ContinuityPolicy = z.output<typeof ContinuityPolicy>;
/** The policy as written in `continuity.yaml`. */
export type ContinuityPolicyInput = z.input<typeof ContinuityPolicy>;
export type TierSpec = ContinuityPolicy["tiers"][string];
export type SiteSpec = ContinuityPolicy["sites"][string];
export type ServiceSpec = ContinuityPolicy["services"][string];
export type SupplierSpec = ContinuityPolicy["suppliers"][string];
export type CrisisCellSpec = NonNullable<ContinuityPolicy["crisisCell"]>;
export type ScenarioSpec = ContinuityPolicy["scenarios"][number];
export type ExerciseSpec = ContinuityPolicy["exercises"][number];
export type RegulationSpec = NonNullable<ContinuityPolicy["regulation"]>;
export type RegimeName = RegulationSpec["regimes"][number];
export type ProviderName = SiteSpec["provider"];
export type StrategyName = ServiceSpec["strategy"];
export type DataClassName = ServiceSpec["dataClass"];
