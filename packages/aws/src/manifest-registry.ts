import { MANIFEST_REGISTRY_KEY, type Manifest } from "@relais/policy";

/** Resolves to one ContinuityPlan's manifest once the program has created its components. */
type Producer = () => Promise<Manifest>;

/**
 * The registry is an array on `globalThis` under `Symbol.for(MANIFEST_REGISTRY_KEY)`, not a module variable: the
 * preview runner reads it without loading this package, and finds it even when the user's program resolved its own
 * copy of `@relais/aws` (docs/components.md, "The manifest").
 */
const KEY = Symbol.for(MANIFEST_REGISTRY_KEY);

type Holder = { [KEY]?: Producer[] };

/** Registers the producer of a plan's manifest (called by `ContinuityPlan`), after those already registered. */
export function registerManifest(producer: Producer): void {
  const holder = globalThis as Holder;
  holder[KEY] ??= [];
  holder[KEY].push(producer);
}

/**
 * Forgets every manifest registered so far in this process. Call it before running a second program in the same
 * process (tests do, between runs), or the second run would also report the first run's plans.
 */
export function resetManifestRegistry(): void {
  delete (globalThis as Holder)[KEY];
}
