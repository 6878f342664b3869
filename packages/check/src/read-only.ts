import type { EC2Client } from "@aws-sdk/client-ec2";

/**
 * The one place that keeps relais check read-only: every client it creates carries this middleware, which refuses
 * any command that is not a `Describe*` action before credentials are looked up or a byte is sent.
 */
export class ReadOnlyViolation extends Error {
  constructor(readonly commandName: string) {
    super(`relais check only sends Describe* actions; ${commandName} was refused`);
    this.name = "ReadOnlyViolation";
  }
}

/** `DescribeImagesCommand` or `DescribeImages` → true; `RunInstancesCommand`, `Describe` alone → false. */
export function isReadOnlyCommand(commandName: string): boolean {
  return /^Describe[A-Z][A-Za-z0-9]*$/.test(commandName.replace(/Command$/, ""));
}

/** Installs the read-only gate on a client (first in its `initialize` step). Returns the client. */
export function enforceReadOnly<C extends EC2Client>(client: C): C {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = context.commandName ?? "(unnamed command)";
      if (!isReadOnlyCommand(name)) throw new ReadOnlyViolation(name.replace(/Command$/, ""));
      return next(args);
    },
    { step: "initialize", priority: "high", name: "relaisReadOnly" },
  );
  return client;
}
