/** Set this environment variable to keep Pulumi's stack-trace diagnostics (slower; for comparisons and debugging). */
export const KEEP_DIAGNOSTICS = "RELAIS_PREVIEW_PULUMI_DIAGNOSTICS";

/**
 * Under mocks, Pulumi's runtime still pays for diagnostics meant for a real engine: every internal promise is
 * wrapped by `debuggablePromise`, which formats a full stack trace (`new Error().stack`) for the promise-leak report,
 * and every resource constructor formats an unlimited stack trace (`Resource.callsites`) to send its source position
 * to the engine. Both together cost about 4 ms per resource and most of the memory. The mock monitor ignores source
 * positions and the runner never reports leaks, so both are switched off — unless `PULUMI_DEBUG_PROMISE_LEAKS` asks
 * for leak reports. Each patch is applied only when the runtime has the shape it expects; it returns what it did.
 */
export function applyMockSpeedups(programRequire: NodeJS.Require): string[] {
  if (process.env.PULUMI_DEBUG_PROMISE_LEAKS || process.env[KEEP_DIAGNOSTICS]) return [];
  const applied: string[] = [];
  const debuggable = tryRequire(programRequire, "@pulumi/pulumi/runtime/debuggable") as {
    debuggablePromise?: unknown;
  } | null;
  if (debuggable && typeof debuggable.debuggablePromise === "function") {
    debuggable.debuggablePromise = <T>(promise: Promise<T>) => promise;
    applied.push("debuggablePromise");
  }
  const resource = tryRequire(programRequire, "@pulumi/pulumi/resource") as {
    Resource?: { callsites?: unknown };
  } | null;
  if (resource?.Resource && typeof resource.Resource.callsites === "function") {
    resource.Resource.callsites = () => [];
    applied.push("callsites");
  }
  return applied;
}

function tryRequire(programRequire: NodeJS.Require, id: string): unknown {
  try {
    return programRequire(id);
  } catch {
    return null;
  }
}
