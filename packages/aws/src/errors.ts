import * as pulumi from "@pulumi/pulumi";
import { INPUT_ERROR_BRAND } from "@relais/policy";

/**
 * A construction error of a Relais component: bad arguments, a policy that does not allow what was asked, a site
 * that lacks a capability, or a risk nobody acknowledged. It is a `pulumi.ResourceError` with its stack hidden, tied
 * to the component once the component rethrows it (`bindError`), so `pulumi up` prints the message, not a trace;
 * and it carries the input-error brand, so the `relais` CLI (and the preview runner) print its message and hint.
 */
export class ComponentError extends pulumi.ResourceError {
  readonly [INPUT_ERROR_BRAND] = true;

  constructor(
    /** `FailoverService "payments"`: the component type and its name. */
    readonly component: string,
    message: string,
    readonly hint?: string,
  ) {
    super(`${component}: ${message}`, undefined, true);
    this.name = "ComponentError";
  }
}

/** Ties a component's construction error to the component (other errors pass through untouched). */
export function bindError(error: unknown, component: pulumi.Resource): unknown {
  if (error instanceof ComponentError && error.resource === undefined) {
    (error as { resource: pulumi.Resource | undefined }).resource = component;
  }
  return error;
}

/** `FailoverService "payments"`: how errors name a component. */
export function componentLabel(type: string, name: string): string {
  return `${type} "${name}"`;
}
