/**
 * The manifests the program's `ContinuityPlan`s registered, resolved in registration order. Read through the
 * documented global key only: the preview never loads `@relais/aws`, and finds the manifests whichever copy of it
 * the program resolved. `@relais/policy` is loaded here, after the program, because a program built on the
 * components has loaded it already.
 */
export function registeredManifests(): Promise<unknown[]> {
  const { MANIFEST_REGISTRY_KEY } = require("@relais/policy") as typeof import("@relais/policy");
  const producers = (globalThis as { [key: symbol]: unknown })[Symbol.for(MANIFEST_REGISTRY_KEY)];
  if (!Array.isArray(producers)) return Promise.resolve([]);
  return Promise.all(producers.map((producer: () => unknown) => producer()));
}
