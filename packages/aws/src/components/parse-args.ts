import * as pulumi from "@pulumi/pulumi";
import { formatPath } from "@relais/policy";
import { z } from "zod";
import { ComponentError } from "../errors";

/**
 * Validates a component's arguments before any child is created. The error names the component, every
 * offending field and what was expected there.
 */
export function parseArgs<Schema extends z.ZodType>(
  component: string,
  schema: Schema,
  args: unknown,
  prefix?: string,
): z.output<Schema> {
  const result = schema.safeParse(args ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const segments = prefix === undefined ? issue.path : [prefix, ...issue.path];
    const path = segments.length === 0 ? "args" : formatPath(segments);
    return `${path}: ${issue.message}`;
  });
  throw new ComponentError(
    component,
    `invalid arguments: ${problems.join("; ")}.`,
    "see docs/components.md for the arguments, their types and defaults",
  );
}

/**
 * A Pulumi input of a plain schema: the value itself, a promise of it, or an `Output` (checked when known).
 * `what` names the expected value in errors (`required: give a string`).
 */
export function input<T extends z.ZodType>(schema: T, what = "a non-empty string") {
  return z.union(
    [
      schema,
      z.custom<pulumi.Output<z.output<T>>>((value) => pulumi.Output.isInstance(value)),
      z.custom<Promise<z.output<T>>>((value) => value instanceof Promise),
    ],
    { error: (issue) => (issue.input === undefined ? `required: give ${what}` : `expected ${what} or an Output`) },
  );
}
