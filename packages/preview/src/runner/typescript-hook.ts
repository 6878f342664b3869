import { readFileSync } from "node:fs";
import type { SourceMaps } from "./source-location";

const EXTENSIONS = [".ts", ".tsx", ".mts", ".cts"];

interface CompilableModule {
  _compile(code: string, filename: string): void;
}

/**
 * Lets `require` load TypeScript: each `.ts` file is transpiled to CommonJS with SWC, without type-checking (as
 * `pulumi preview` with `typescript: false` and a transpile-only loader would), keeping its source map so errors can
 * be reported at the TypeScript line. Returns the source maps, filled as files load.
 */
export function installTypeScriptHook(): SourceMaps {
  const maps = new Map<string, string>();
  // Loaded here, not at the top, so that a JavaScript program never pays for SWC's native binding.
  const { transformSync } = require("@swc/core") as typeof import("@swc/core");
  const compile = (module: NodeJS.Module, filename: string): void => {
    const output = transformSync(readFileSync(filename, "utf8"), {
      filename,
      swcrc: false,
      configFile: false,
      sourceMaps: true,
      module: { type: "commonjs" },
      jsc: {
        parser: { syntax: "typescript", tsx: filename.endsWith(".tsx"), decorators: true },
        transform: { legacyDecorator: true },
        target: "es2022",
        keepClassNames: true,
      },
    });
    if (output.map) maps.set(filename, output.map);
    (module as unknown as CompilableModule)._compile(output.code, filename);
  };
  const extensions = require.extensions as Record<string, (module: NodeJS.Module, filename: string) => void>;
  for (const extension of EXTENSIONS) extensions[extension] = compile;
  return maps;
}
