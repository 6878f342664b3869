import * as pulumi from "@pulumi/pulumi";

/**
 * Resolves an input to a plain value for the manifest, or `null` when it is unknown (a `pulumi preview` of a
 * value computed by a resource not yet created). Never creates resources; never waits on an unknown value.
 */
export async function settle<T>(input: pulumi.Input<T> | undefined): Promise<T | null> {
  if (input === undefined) return null;
  if (!pulumi.Output.isInstance(input)) return (await input) as T;
  // `promise(withUnknowns)` is how the Pulumi SDK itself unwraps outputs; it yields a sentinel for unknowns
  // where `apply` would never call back.
  const output = input as unknown as { promise(withUnknowns?: boolean): Promise<T> };
  const value = await output.promise(true);
  return pulumi.isUnknown(value) ? null : value;
}

/** Resolves after the current macrotask: a program's synchronous top level has then run to its end. */
export function afterProgramTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
