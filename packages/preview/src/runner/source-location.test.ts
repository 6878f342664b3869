import { join } from "node:path";
import { transformSync } from "@swc/core";
import { locateUserFrame } from "./source-location";

const DIRECTORY = "/work/program";

describe("locateUserFrame", () => {
  it("takes the first frame inside the program, skipping node_modules and Node's own frames", () => {
    const stack = [
      "Error: boom",
      "    at planData (/work/program/node_modules/@relais/aws/dist/planning/data.js:21:15)",
      "    at new FailoverService (/elsewhere/packages/aws/dist/components/failover-service.js:159:52)",
      "    at Object.<anonymous> (/work/program/lib/services.js:12:7)",
      "    at /work/program/index.js:3:1",
      "    at Module._compile (node:internal/modules/cjs/loader:1521:14)",
    ].join("\n");
    expect(locateUserFrame(stack, DIRECTORY, new Map())).toEqual({
      file: join("lib", "services.js"),
      line: 12,
      column: 7,
    });
  });

  it("reads file: URLs of ES modules and frames without a function name", () => {
    const stack = "Error: boom\n    at file:///work/program/index.mjs:4:9";
    expect(locateUserFrame(stack, DIRECTORY, new Map())).toEqual({ file: "index.mjs", line: 4, column: 9 });
  });

  it("maps a transpiled TypeScript frame back to the source line", () => {
    const source = [
      "interface Site {",
      "  name: string;",
      "}",
      "",
      "const sites: Site[] = [];",
      'throw new Error("no site");',
    ].join("\n");
    const file = join(DIRECTORY, "index.ts");
    const output = transformSync(source, {
      filename: file,
      swcrc: false,
      sourceMaps: true,
      module: { type: "commonjs" },
      jsc: { parser: { syntax: "typescript" }, target: "es2022" },
    });
    const generatedLine = output.code.split("\n").findIndex((line) => line.includes("throw new Error")) + 1;
    expect(generatedLine).toBeLessThan(6);
    const stack = `Error: no site\n    at Object.<anonymous> (${file}:${generatedLine}:7)`;
    expect(locateUserFrame(stack, DIRECTORY, new Map([[file, output.map!]]))).toEqual({
      file: "index.ts",
      line: 6,
      column: 7,
    });
  });

  it("returns null when no frame belongs to the program", () => {
    expect(locateUserFrame("Error: x\n    at node:internal/x:1:1", DIRECTORY, new Map())).toBeNull();
  });
});
