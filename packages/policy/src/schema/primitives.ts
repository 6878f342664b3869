import { z } from "zod";
import { isIsoDate } from "../date";
import { DURATION_FORMS, DURATION_PATTERN, MAX_DURATION_SECONDS, parseDuration } from "../duration";
import { PERCENTAGE_PATTERN, parsePercentage } from "../percentage";

/** Ids are kebab-case: a lower-case letter, then up to 62 lower-case letters, digits or hyphens. */
export const ID_PATTERN = /^[a-z][a-z0-9-]{0,62}$/;

export const Id = z
  .string({ error: (issue) => `expected an id (kebab-case text), got ${describeInput(issue.input)}` })
  .regex(ID_PATTERN, { error: (issue) => `"${issue.input}" is not an id: use kebab-case such as payments-api` })
  .meta({ description: "kebab-case id", examples: ["payments-api"] });

/** A duration string, normalised to seconds. */
export const Duration = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? "a duration is required"
        : `expected a duration with a unit (${DURATION_FORMS}), got ${describeInput(issue.input)}`,
  })
  .meta({ description: `duration: ${DURATION_FORMS}`, pattern: DURATION_PATTERN, examples: ["15m", "1h30m", "PT15M"] })
  .transform((text, ctx) => {
    const seconds = parseDuration(text);
    if (seconds !== undefined && seconds > MAX_DURATION_SECONDS) {
      ctx.issues.push({
        code: "custom",
        input: text,
        message: `"${text}" is longer than 100 years, the longest duration a policy may hold`,
      });
      return z.NEVER;
    }
    if (seconds === undefined) {
      ctx.issues.push({ code: "custom", input: text, message: `"${text}" is not a duration: use ${DURATION_FORMS}` });
      return z.NEVER;
    }
    return seconds;
  });

/** A percentage string, normalised to a fraction between 0 and 1. */
export const Percentage = z
  .string({ error: (issue) => `expected a percentage such as 40% or 99.95%, got ${describeInput(issue.input)}` })
  .meta({ description: "percentage such as 40% or 99.95%", pattern: PERCENTAGE_PATTERN, examples: ["40%"] })
  .transform((text, ctx) => {
    const fraction = parsePercentage(text);
    if (fraction === undefined) {
      ctx.issues.push({
        code: "custom",
        input: text,
        message: `"${text}" is not a percentage from 0% to 100%, such as 40%`,
      });
      return z.NEVER;
    }
    return fraction;
  });

/** A calendar date written `YYYY-MM-DD`, kept as that string. */
export const IsoDate = z
  .string({ error: (issue) => `expected a date written YYYY-MM-DD, got ${describeInput(issue.input)}` })
  .refine(isIsoDate, { error: (issue) => `"${issue.input}" is not a date: write it YYYY-MM-DD, such as 2026-10-01` })
  .meta({
    description: "date YYYY-MM-DD",
    format: "date",
    pattern: "^\\d{4}-\\d{2}-\\d{2}$",
    examples: ["2026-10-01"],
  });

/** An ISO 3166-1 alpha-2 country code. */
export const CountryCode = z
  .string({ error: (issue) => `expected a country code such as FR, got ${describeInput(issue.input)}` })
  .regex(/^[A-Z]{2}$/, {
    error: (issue) => `"${issue.input}" is not an ISO 3166-1 alpha-2 country code such as FR or DE`,
  })
  .meta({ description: "ISO 3166-1 alpha-2 country code", examples: ["FR"] });

/** An ISO 17442 legal entity identifier: 20 upper-case letters and digits. */
export const Lei = z
  .string({ error: (issue) => `expected a legal entity identifier, got ${describeInput(issue.input)}` })
  .regex(/^[A-Z0-9]{18}[0-9]{2}$/, {
    error: (issue) =>
      `"${issue.input}" is not a legal entity identifier: 18 upper-case letters or digits, then 2 digits`,
  })
  .meta({ description: "ISO 17442 legal entity identifier (LEI)", examples: ["969500ABCDEF12345678"] });

export const NonEmptyText = z
  .string({ error: (issue) => `expected text, got ${describeInput(issue.input)}` })
  .min(1, { error: "must not be empty" });

export const PositiveInt = z
  .number({ error: (issue) => `expected a whole number, got ${describeInput(issue.input)}` })
  .int({ error: "must be a whole number" })
  .positive({ error: "must be at least 1" });

export const NonNegativeInt = z
  .number({ error: (issue) => `expected a whole number, got ${describeInput(issue.input)}` })
  .int({ error: "must be a whole number" })
  .nonnegative({ error: "must not be negative" });

/** Says what a value is, for messages: `the number 30`, `a list`, `nothing`. */
export function describeInput(input: unknown): string {
  if (input === undefined) return "nothing";
  if (input === null) return "null";
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "a mapping";
  if (typeof input === "string") return `the text "${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  return `the ${typeof input} ${String(input)}`;
}
