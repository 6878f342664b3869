import type { SiteClients } from "../clients";

/** The end of a step: `done` only once the state it sets has been read back. */
export interface StepOutcome {
  status: "done" | "already" | "failed";
  /** The resources found by their tags and acted on: instance ids, group names, `zone/name`. */
  resources: string[];
  reason: string;
}

/** What a step needs to act on one site. */
export interface StepContext {
  clients: SiteClients;
  /** Sends one request with the run's timeout, retries and deadline; rejects with `RequestFailure`/`RunStopped`. */
  send<T>(action: string, send: (abortSignal: AbortSignal) => Promise<T>): Promise<T>;
  /** Records (journal, display) the resources the change is about to touch, before it is sent. */
  starting(resources: readonly string[]): void;
  /**
   * Reads the state again and again (`read`, at the poll interval) until `holds` or the step's deadline; resolves to
   * the last state read and whether it held. Rejects with `RunStopped` when the run stops.
   */
  waitFor<T>(read: () => Promise<T>, holds: (state: T) => boolean): Promise<{ state: T; held: boolean }>;
  /** The step's verification deadline, for reasons: `5m`. */
  stepTimeout: string;
}

/** The tag filters every step finds its resources by, as relais check does. */
export function tagFilters(service: string, site: string): Array<{ Name: string; Values: string[] }> {
  return [
    { Name: "tag:relais:service", Values: [service] },
    { Name: "tag:relais:site", Values: [site] },
  ];
}
