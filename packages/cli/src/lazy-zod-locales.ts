import Module, { createRequire } from "node:module";

/**
 * zod's main entry loads every one of its 60-odd message locales at start-up (`z.locales`), though relais speaks
 * English only (which zod loads on its own, from its `en` file). This puts a stand-in for the locales index in the
 * module cache: each locale is then loaded only if something asks for it, and `relais validate` starts tens of
 * milliseconds sooner. It must run before anything loads zod; if zod cannot be found, it does nothing.
 */
export function deferZodLocales(): void {
  let index: string;
  try {
    const fromPolicy = createRequire(require.resolve("@relais/policy"));
    index = fromPolicy.resolve("zod/v4/locales");
  } catch {
    return;
  }
  let real: Record<string | symbol, unknown> | undefined;
  const load = (): Record<string | symbol, unknown> => {
    if (!real) {
      // Compiled outside the cache, which holds the stand-in under the same name.
      const module = new Module(index);
      module.filename = index;
      module.paths = (Module as unknown as { _nodeModulePaths(path: string): string[] })._nodeModulePaths(index);
      (module as unknown as { load(path: string): void }).load(index);
      real = module.exports as Record<string | symbol, unknown>;
    }
    return real;
  };
  const exports = new Proxy({} as Record<string | symbol, unknown>, {
    get: (_, name) => (name === "__esModule" ? true : load()[name]),
    has: (_, name) => name in load(),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_, name) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(load(), name);
      return descriptor ? { ...descriptor, configurable: true } : undefined;
    },
  });
  const standIn = new Module(index);
  standIn.filename = index;
  standIn.loaded = true;
  standIn.exports = exports;
  (require.cache as Record<string, NodeJS.Module>)[index] = standIn;
}
