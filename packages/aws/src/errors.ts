import { InputError } from "@relais/policy";

/**
 * A construction error of a Relais component: bad arguments, a policy that does not allow what was asked, or a
 * site that lacks a capability. It is an `InputError`, so the `relais` CLI (and the preview runner) print its
 * message and hint without a stack trace. The message names the component, the field and the things involved.
 */
export class ComponentError extends InputError {
  constructor(
    /** `FailoverService "payments"`: the component type and its name. */
    readonly component: string,
    message: string,
    hint?: string,
  ) {
    super(`${component}: ${message}`, hint);
  }
}

/** `FailoverService "payments"`: how errors name a component. */
export function componentLabel(type: string, name: string): string {
  return `${type} "${name}"`;
}
