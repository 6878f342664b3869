import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { loadPulumiProject } from "../project/pulumi-project";
import { fixtureProgram } from "../testing/programs";
import { evacuationConfig, PulumiEngineError, previewEvacuationWithPulumi } from "./pulumi-engine";

describe("the pulumi engine", () => {
  it("previews with a copy of the stack's config that adds relais:evacuate and keeps secure values", () => {
    const text = evacuationConfig(loadPulumiProject(fixtureProgram("raw-aws")), "paris");
    expect(parse(text)).toEqual({
      config: {
        "relais:policy": "../policy.yaml",
        "aws:region": "eu-west-3",
        "raw-aws:replicas": 2,
        "raw-aws:dbPassword": { secure: "v1:AAAABBBBCCCC:ZZZZ" },
        "relais:evacuate": "paris",
      },
    });
  });

  it("writes a config of its own for a stack without a file", () => {
    expect(parse(evacuationConfig(loadPulumiProject(fixtureProgram("javascript")), "paris"))).toEqual({
      config: { "relais:evacuate": "paris" },
    });
  });

  it("says that --engine pulumi needs the Pulumi CLI when it is not installed", async () => {
    const path = process.env.PATH;
    process.env.PATH = mkdtempSync(join(tmpdir(), "relais-no-pulumi-"));
    try {
      const preview = previewEvacuationWithPulumi(loadPulumiProject(fixtureProgram("raw-aws")), "paris");
      await expect(preview).rejects.toBeInstanceOf(PulumiEngineError);
      await expect(preview).rejects.toThrow("the Pulumi CLI (pulumi) is not on PATH");
    } finally {
      process.env.PATH = path;
    }
  });
});
