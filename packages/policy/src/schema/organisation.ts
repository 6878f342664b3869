import { z } from "zod";
import { CountryCode, Duration, Id, IsoDate, NonEmptyText, Percentage, PositiveInt } from "./primitives";

export const Criticality = z.enum(["critical", "important", "minor"]);

/** A supplier: its own recovery commitment, alternates and exit plan (DORA Art. 28). */
export const Supplier = z.strictObject({
  name: NonEmptyText,
  provides: z.string().optional().meta({ description: "what the supplier provides" }),
  criticality: Criticality,
  ict: z.boolean().default(false).meta({ description: "an ICT third-party service provider (DORA)" }),
  country: CountryCode.optional(),
  substitutable: z.boolean().default(false),
  alternates: z.array(Id).default([]).meta({ description: "other supplier ids" }),
  switchover: Duration.optional().meta({ description: "time to move to an alternate" }),
  recovery: z
    .strictObject({ rto: Duration.optional(), rpo: Duration.optional() })
    .optional()
    .meta({ description: "the supplier's contractual recovery commitment" }),
  exitPlan: z.string().min(1).optional().meta({ description: "path or link to the exit plan (DORA Art. 28(8))" }),
  lastAssessed: IsoDate.optional(),
});

/** A commitment to customers that services serve. */
export const Commitment = z.strictObject({
  customer: NonEmptyText,
  availability: Percentage.optional(),
  maxOutage: Duration.meta({ description: "longest single outage the contract allows" }),
  maxDataLoss: Duration.optional(),
  description: z.string().optional(),
});

/** The people side of continuity: remote work, minimum staffing, vulnerable groups. */
export const People = z.strictObject({
  staff: PositiveInt.meta({ description: "people in the company" }),
  minimumStaffing: Percentage.optional().meta({ description: "share of staff below which operations cannot be kept" }),
  remoteWork: z
    .strictObject({
      capacity: Percentage.meta({ description: "share of staff able to work remotely at once" }),
      sustainFor: Duration.meta({ description: "proven duration of remote work" }),
    })
    .optional(),
  vulnerableGroups: z.array(z.string().min(1)).default([]),
});

const CrisisRole = z.strictObject({
  role: NonEmptyText,
  primary: NonEmptyText,
  deputy: z.string().min(1).optional(),
  email: z.string().min(3).optional(),
  phone: z.string().min(3).optional(),
});

/** The crisis cell: how fast it convenes (the decision time of every manual failover) and who is in it. */
export const CrisisCell = z.strictObject({
  assembleWithin: Duration.meta({ description: "time to convene; the decision time of every manual failover" }),
  cadence: z.string().min(1).optional().meta({ description: "how often it meets during a crisis, such as daily" }),
  channels: z.array(z.string().min(1)).default([]),
  roles: z.array(CrisisRole).min(1, { error: "the crisis cell needs at least one role" }),
});

/** A stage of the graduated response. */
export const Stage = z.strictObject({
  level: PositiveInt,
  name: NonEmptyText,
  triggers: z.array(z.string().min(1)).default([]),
  actions: z.array(z.string().min(1)).min(1, { error: "a stage needs at least one action" }),
});

/** A recurring exercise of a scenario (ISO 22301 clause 8.5). */
export const Exercise = z.strictObject({
  scenario: z.string().min(1),
  every: Duration,
  lastRun: IsoDate.optional(),
});
