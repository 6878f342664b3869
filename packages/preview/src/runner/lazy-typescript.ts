import Module from "node:module";

/**
 * `@pulumi/pulumi` loads the whole TypeScript compiler at import time (through `typescript-shim`) for closure
 * serialisation, which a program under mocks rarely uses: about a third of the time it takes to load Pulumi. This
 * puts a stand-in for the shim in the module cache that loads the real one the first time it is used, so programs
 * that serialise functions still get TypeScript, and others never load it. Returns whether it was installed.
 */
export function deferTypeScriptShim(programRequire: NodeJS.Require): boolean {
  let shim: string;
  try {
    shim = programRequire.resolve("@pulumi/pulumi/typescript-shim");
  } catch {
    return false;
  }
  if (require.cache[shim]) return false;
  const target: Record<PropertyKey, unknown> = {};
  let real: Record<PropertyKey, unknown> | undefined;
  const load = (): Record<PropertyKey, unknown> => {
    if (real === undefined) {
      delete require.cache[shim];
      real = programRequire(shim) as Record<PropertyKey, unknown>;
    }
    return real;
  };
  // Traps that reveal the shape copy it onto the target first, so that the proxy's invariants hold for the
  // compiler's non-configurable exports.
  const materialise = () => {
    if (Object.keys(target).length === 0) Object.defineProperties(target, Object.getOwnPropertyDescriptors(load()));
    return target;
  };
  const stand = new Module(shim);
  stand.filename = shim;
  stand.loaded = true;
  stand.exports = new Proxy(target, {
    get: (_, property) => load()[property],
    has: (_, property) => property in load(),
    ownKeys: () => Reflect.ownKeys(materialise()),
    getOwnPropertyDescriptor: (_, property) => Reflect.getOwnPropertyDescriptor(materialise(), property),
  });
  require.cache[shim] = stand;
  return true;
}
