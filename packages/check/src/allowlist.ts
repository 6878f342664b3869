/**
 * The one place that decides which API actions relais may send. Every client relais creates carries this gate
 * (first in its `initialize` step), which refuses any other command before credentials are looked up or a byte is
 * sent. `relais check` reads only; `relais failover` may start instances, set an Auto Scaling group's desired
 * capacity and change DNS records — nothing that deletes, stops, or changes a group's bounds.
 */
export interface ActionAllowlist {
  /** Who sends, for the refusal message: `relais check`. */
  readonly sender: string;
  /** What may be sent, in words: `Describe* actions`. */
  readonly allowed: string;
  allows(action: string): boolean;
}

/** `relais check`: `Describe*` actions only. */
export const CHECK_ACTIONS: ActionAllowlist = {
  sender: "relais check",
  allowed: "Describe* actions",
  allows: (action) => /^Describe[A-Z][A-Za-z0-9]*$/.test(action),
};

const FAILOVER_ACTION_LIST = [
  "DescribeInstances",
  "StartInstances",
  "DescribeAutoScalingGroups",
  "SetDesiredCapacity",
  "ChangeResourceRecordSets",
  "GetChange",
  "ListResourceRecordSets",
] as const;

/**
 * `relais failover`: the reads it verifies with, and the three changes a failover needs — EC2/FCU `StartInstances`,
 * Auto Scaling `SetDesiredCapacity` (which cannot touch a group's minimum or maximum) and Route 53
 * `ChangeResourceRecordSets`.
 */
export const FAILOVER_ACTIONS: ActionAllowlist = {
  sender: "relais failover",
  allowed: FAILOVER_ACTION_LIST.join(", "),
  allows: (action) => (FAILOVER_ACTION_LIST as readonly string[]).includes(action),
};

/** A command the allowlist does not name, refused before signing. */
export class ActionRefused extends Error {
  constructor(
    readonly commandName: string,
    allowlist: ActionAllowlist,
  ) {
    super(`${allowlist.sender} only sends ${allowlist.allowed}; ${commandName} was refused`);
    this.name = "ActionRefused";
  }
}

/** The part of an SDK client the gate needs. */
export interface GatedClient {
  middlewareStack: { add(middleware: never, options: never): void };
}

/** The action a command name stands for: `DescribeImagesCommand` → `DescribeImages`. */
export function actionOf(commandName: string): string {
  return commandName.replace(/Command$/, "");
}

/** Installs the gate of `allowlist` on a client. Returns the client. */
export function enforceAllowlist<C extends GatedClient>(client: C, allowlist: ActionAllowlist): C {
  const gate =
    (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: unknown) => {
      const action = actionOf(context.commandName ?? "(unnamed command)");
      if (!allowlist.allows(action)) throw new ActionRefused(action, allowlist);
      return next(args);
    };
  client.middlewareStack.add(
    gate as never,
    { step: "initialize", priority: "high", name: "relaisAllowlist", override: true } as never,
  );
  return client;
}
