import { z } from "zod";
import { Commitment, CrisisCell, Exercise, People, Stage, Supplier } from "./organisation";
import { Duration, Id, IsoDate, NonEmptyText } from "./primitives";
import { Scenario } from "./scenarios";
import { DataClass, Service } from "./services";
import { Site, SovereigntyRule } from "./sites";
import { Tier } from "./tiers";

const Metadata = z.strictObject({
  name: Id,
  owner: NonEmptyText.meta({ description: "who answers for the policy, such as continuity@acme.example" }),
  description: z.string().optional(),
  reviewedOn: IsoDate.optional(),
  reviewEvery: Duration.optional(),
});

const atLeastOne = (what: string) => ({
  error: `declare at least one ${what}`,
});

/** The whole continuity policy, `apiVersion: relais/v1`. Parsing normalises it (seconds, fractions, defaults). */
export const ContinuityPolicy = z.strictObject({
  $schema: z.string().optional().meta({ description: "JSON Schema location, for editors" }),
  apiVersion: z.literal("relais/v1", { error: 'apiVersion must be "relais/v1"' }),
  kind: z.literal("ContinuityPolicy", { error: 'kind must be "ContinuityPolicy"' }),
  metadata: Metadata,
  tiers: z.record(Id, Tier).refine((tiers) => Object.keys(tiers).length > 0, atLeastOne("tier")),
  sovereignty: z.partialRecord(DataClass, SovereigntyRule).default({}),
  sites: z.record(Id, Site).refine((sites) => Object.keys(sites).length > 0, atLeastOne("site")),
  services: z.record(Id, Service).refine((services) => Object.keys(services).length > 0, atLeastOne("service")),
  suppliers: z.record(Id, Supplier).default({}),
  commitments: z.record(Id, Commitment).default({}),
  people: People.optional(),
  crisisCell: CrisisCell.optional(),
  stages: z.array(Stage).default([]),
  scenarios: z.array(Scenario).default([]),
  exercises: z.array(Exercise).default([]),
});

/** The normalised policy: durations in seconds, percentages as fractions, every default applied. */
export type ContinuityPolicy = z.output<typeof ContinuityPolicy>;
/** The policy as written in `continuity.yaml`. */
export type ContinuityPolicyInput = z.input<typeof ContinuityPolicy>;
export type TierSpec = ContinuityPolicy["tiers"][string];
export type SiteSpec = ContinuityPolicy["sites"][string];
export type ServiceSpec = ContinuityPolicy["services"][string];
export type SupplierSpec = ContinuityPolicy["suppliers"][string];
export type CommitmentSpec = ContinuityPolicy["commitments"][string];
export type PeopleSpec = NonNullable<ContinuityPolicy["people"]>;
export type CrisisCellSpec = NonNullable<ContinuityPolicy["crisisCell"]>;
export type StageSpec = ContinuityPolicy["stages"][number];
export type ScenarioSpec = ContinuityPolicy["scenarios"][number];
export type ExerciseSpec = ContinuityPolicy["exercises"][number];
export type ProviderName = SiteSpec["provider"];
export type StrategyName = ServiceSpec["strategy"];
export type DataClassName = ServiceSpec["dataClass"];
export type ScenarioKind = ScenarioSpec["kind"];
