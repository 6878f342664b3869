import type { Manifest } from "./manifest";

/**
 * A process-wide registry of manifests, keyed by a global symbol so that it works across copies of the packages:
 * the preview runner reads what the components of a user's program registered, even when the program resolved its
 * own copy of `@relais/aws`.
 */
const REGISTRY = Symbol.for("relais.manifest.registry");

type Producer = () => Promise<Manifest>;

function registry(): Producer[] {
  const holder = globalThis as { [REGISTRY]?: Producer[] };
  holder[REGISTRY] ??= [];
  return holder[REGISTRY];
}

/** Registers a producer of a manifest (called by `ContinuityPlan`). */
export function registerManifest(producer: Producer): void {
  registry().push(producer);
}

/** Resolves every registered manifest, in registration order. */
export function registeredManifests(): Promise<Manifest[]> {
  return Promise.all(registry().map((producer) => producer()));
}
