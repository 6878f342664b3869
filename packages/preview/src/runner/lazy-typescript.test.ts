import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fixtureProgram } from "../testing/programs";

/**
 * Jest has a module registry of its own, so the stand-in is checked in a plain Node.js process, with the built module
 * and the copy of @pulumi/pulumi a fixture program resolves.
 */
const SCRIPT = `
const { createRequire } = require("node:module");
const { deferTypeScriptShim } = require(${JSON.stringify(join(__dirname, "..", "..", "dist", "runner", "lazy-typescript.js"))});
const programRequire = createRequire(${JSON.stringify(join(fixtureProgram("raw-aws"), "index.js"))});
const compilerLoaded = () => Object.keys(require.cache).some((file) => /[\\/]typescript(@[d.]+)?[\\/](lib[\\/])?typescript.js$/.test(file));
const installed = deferTypeScriptShim(programRequire);
const pulumi = programRequire("@pulumi/pulumi");
const afterImport = compilerLoaded();
pulumi.runtime.serializeFunction(() => 6 * 7).then((serialized) => {
  console.log(JSON.stringify({ installed, afterImport, afterUse: compilerLoaded(), serialized: serialized.text.includes("6 * 7") }));
});
`;

describe("deferTypeScriptShim", () => {
  it("keeps Pulumi from loading TypeScript until closure serialisation needs it", () => {
    const result = spawnSync(process.execPath, ["--no-warnings", "-e", SCRIPT], { encoding: "utf8", timeout: 60_000 });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({
      installed: true,
      afterImport: false,
      afterUse: true,
      serialized: true,
    });
  });
});
