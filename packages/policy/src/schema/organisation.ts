import { z } from "zod";
import { CountryCode, Duration, Id, IsoDate, Lei, NonEmptyText, Percentage, PositiveInt } from "./primitives";

export const Criticality = z.enum(["critical", "important", "minor"]);

/** A supplier: its own recovery commitment, alternates and exit plan (DORA Art. 28). */
export const Supplier = z.strictObject({
  name: NonEmptyText.meta({ description: "the supplier's name", examples: ["CB card network"] }),
  provides: z.string().optional().meta({ description: "what the supplier provides" }),
  criticality: Criticality.meta({ description: "how much the business depends on it" }),
  ict: z.boolean().default(false).meta({ description: "an ICT third-party service provider (DORA)" }),
  country: CountryCode.optional().meta({ description: "country of the supplier (ISO 3166-1 alpha-2)" }),
  substitutable: z.boolean().default(false).meta({ description: "another supplier could take over its service" }),
  alternates: z.array(Id).default([]).meta({ description: "other supplier ids" }),
  switchover: Duration.optional().meta({ description: "time to move to an alternate" }),
  recovery: z
    .strictObject({
      rto: Duration.optional().meta({ description: "time within which the supplier commits to recover" }),
      rpo: Duration.optional().meta({ description: "most data the supplier commits to lose" }),
    })
    .optional()
    .meta({ description: "the supplier's contractual recovery commitment" }),
  exitPlan: z.string().min(1).optional().meta({ description: "path or link to the exit plan (DORA Art. 28(8))" }),
  exitTestedOn: IsoDate.optional().meta({ description: "date the exit plan was last rehearsed (exit-plan-untested)" }),
  lastAssessed: IsoDate.optional().meta({ description: "date of the last assessment of the supplier" }),
  lei: Lei.optional().meta({
    description: "legal entity identifier, for the DORA register",
    examples: ["969500ABCDEF12345678"],
  }),
  contract: z
    .string()
    .min(1)
    .optional()
    .meta({ description: "contract reference, for the DORA register", examples: ["CN-2024-017"] }),
  hosts: z
    .array(Id)
    .default([])
    .meta({
      description: "ids of the sites this supplier operates: losing the supplier (outage or exit) loses them",
      examples: [["gov-a", "gov-b"]],
    }),
});

/** A commitment to customers that services serve. */
export const Commitment = z.strictObject({
  customer: NonEmptyText.meta({ description: "who the commitment is made to", examples: ["Merchants"] }),
  availability: Percentage.optional().meta({ description: "availability promised", examples: ["99.95%"] }),
  maxOutage: Duration.meta({ description: "longest single outage the contract allows" }),
  maxDataLoss: Duration.optional().meta({ description: "most data the contract allows to lose", examples: ["0s"] }),
  description: z.string().optional().meta({ description: "what the commitment covers" }),
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
  vulnerableGroups: z
    .array(z.string().min(1))
    .default([])
    .meta({ description: "groups of staff who need extra care in a crisis", examples: [["pregnant"]] }),
});

const CrisisRole = z.strictObject({
  role: NonEmptyText.meta({ description: "the role's name", examples: ["crisis-director"] }),
  primary: NonEmptyText.meta({ description: "who holds the role" }),
  deputy: z.string().min(1).optional().meta({ description: "who stands in when the primary cannot" }),
  email: z.string().min(3).optional().meta({ description: "contact address; notifications go there" }),
  phone: z.string().min(3).optional().meta({ description: "contact phone number" }),
});

/** The crisis cell: how fast it convenes (the decision time of every manual failover) and who is in it. */
export const CrisisCell = z.strictObject({
  assembleWithin: Duration.meta({ description: "time to convene; the decision time of every manual failover" }),
  cadence: z.string().min(1).optional().meta({ description: "how often it meets during a crisis, such as daily" }),
  channels: z
    .array(z.string().min(1))
    .default([])
    .meta({ description: "how the cell communicates", examples: [["phone-bridge", "sms"]] }),
  roles: z
    .array(CrisisRole)
    .min(1, { error: "the crisis cell needs at least one role" })
    .meta({ description: "the roles of the cell, at least one" }),
});

/** A stage of the graduated response. */
export const Stage = z.strictObject({
  level: PositiveInt.meta({ description: "position in the escalation: 1, 2, 3…" }),
  name: NonEmptyText.meta({ description: "the stage's name", examples: ["Heightened vigilance"] }),
  triggers: z.array(z.string().min(1)).default([]).meta({ description: "what raises the response to this stage" }),
  actions: z
    .array(z.string().min(1))
    .min(1, { error: "a stage needs at least one action" })
    .meta({ description: "what is done at this stage; they open the runbook of a scenario at this stage" }),
});

const ExerciseAction = z.strictObject({
  action: NonEmptyText.meta({ description: "what must be done", examples: ["lower portal TTL to 60s"] }),
  owner: NonEmptyText.meta({ description: "who does it" }),
  due: IsoDate.meta({ description: "when it must be done (exercise-action-overdue)" }),
  done: z.boolean().default(false).meta({ description: "whether it is done" }),
});

/** What one run of an exercise showed. */
const ExerciseResult = z.strictObject({
  ranOn: IsoDate.meta({ description: "date of the run" }),
  outcome: z.enum(["passed", "partial", "failed"]).meta({ description: "passed, partial or failed" }),
  measuredRto: Duration.optional().meta({ description: "recovery time measured during the run" }),
  lessons: z.array(z.string().min(1)).default([]).meta({ description: "lessons learnt" }),
  actions: z.array(ExerciseAction).default([]).meta({ description: "actions decided, with owner and due date" }),
});

/** A recurring exercise of a scenario (ISO 22301 clause 8.5). */
export const Exercise = z.strictObject({
  scenario: z
    .string()
    .min(1)
    .meta({ description: "id of the scenario exercised", examples: ["gov-region-loss"] }),
  every: Duration.meta({ description: "how often it must run", examples: ["90d"] }),
  lastRun: IsoDate.optional().meta({ description: "date of the last run" }),
  results: z.array(ExerciseResult).default([]).meta({ description: "what past runs showed, newest first (evidence)" }),
});

/** The regimes a plan can answer to. */
export const Regime = z.enum(["nis2", "dora", "none"]);

/** Which regulation the plan answers to, and who is notified. */
export const Regulation = z.strictObject({
  regimes: z
    .array(Regime)
    .min(1, { error: "name at least one regime: nis2, dora or none" })
    .meta({ description: "nis2 (Implementing Regulation 2024/2690), dora, or none", examples: [["dora"]] }),
  lei: Lei.optional().meta({ description: "the entity's own legal entity identifier" }),
  authority: z
    .string()
    .min(1)
    .optional()
    .meta({ description: "competent authority to notify", examples: ["ACPR"] }),
  csirt: z
    .string()
    .min(1)
    .optional()
    .meta({ description: "CSIRT to notify", examples: ["CERT-FR"] }),
});
