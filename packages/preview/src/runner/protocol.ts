/** Messages between the preview runner (parent) and the child process that runs a program under mocks. */

/** A resource the program registered, as the mocks saw it. */
export interface CapturedResource {
  urn: string;
  /** Type token, such as `aws:route53/record:Record` or `relais:aws:FailoverService`. */
  type: string;
  name: string;
  /** True for a provider-managed (custom) resource, false for a component. */
  custom: boolean;
  /** URN of the parent resource, or null for a root resource. */
  parent: string | null;
  /** URN of the provider resource that manages it, or null (components, default providers not yet known). */
  provider: string | null;
  /** Whether the resource is `protect`ed against deletion by the IaC engine (absent: not protected). */
  protect?: boolean;
  /** URNs of the resources each input depends on, by input name (absent: not protected). */
  dependencies?: Record<string, string[]>;
  /** The resource's inputs as JSON values (unknowns as `"[unknown]"`). */
  inputs: Record<string, JsonValue>;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Where a program error happened, in the user's source (mapped through source maps for TypeScript). */
export interface SourceLocation {
  /** Path relative to the project directory. */
  file: string;
  line: number;
  column: number;
}

/** Parent → child: run this program. */
export interface RunRequest {
  kind: "run";
  directory: string;
  entry: string;
  project: string;
  stack: string;
  config: Record<string, string>;
  secretKeys: string[];
}

/** Child → parent: the program finished. */
export interface RunSuccess {
  kind: "result";
  resources: CapturedResource[];
  /** Manifests registered by Relais components, not yet validated. */
  manifests: JsonValue[];
  /** Stack outputs (what the program exported). */
  outputs: JsonValue;
  /** Peak resident set size of the child, in bytes. */
  maxRssBytes: number;
  /** Time spent in the child from the request to the result, in ms. */
  durationMs: number;
  /** CPU time (user + system) the child used, in ms: steadier than wall time on a busy machine. */
  cpuMs: number;
}

/** Child → parent: the program failed. */
export interface RunFailure {
  kind: "error";
  /** The error's name (`Error`, `TypeError`, a component's error class…). */
  name: string;
  message: string;
  /** The hint of an `InputError` thrown by a component, when there is one. */
  hint: string | null;
  location: SourceLocation | null;
  /** A module the program could not load, for a clearer message. */
  missingModule: string | null;
  stack: string | null;
}

export type ChildMessage = RunSuccess | RunFailure;
