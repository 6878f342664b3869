import { join } from "node:path";
import { fixtureProgram } from "../testing/programs";
import { ProjectError } from "./project-error";
import { isPulumiProjectDirectory, loadPulumiProject } from "./pulumi-project";

function loadError(directory: string, stack?: string): ProjectError {
  try {
    loadPulumiProject(directory, { stack });
  } catch (error) {
    if (error instanceof ProjectError) return error;
    throw error;
  }
  throw new Error(`loading ${directory} did not fail`);
}

describe("loadPulumiProject", () => {
  it("reads the name, the TypeScript entry, the only stack and its config", () => {
    const project = loadPulumiProject(fixtureProgram("raw-aws"));
    expect(project.name).toBe("raw-aws");
    expect(project.entry).toBe(join(fixtureProgram("raw-aws"), "index.ts"));
    expect(project.stack).toBe("dev");
    expect(project.stackFile).toBe(join(fixtureProgram("raw-aws"), "Pulumi.dev.yaml"));
    expect(project.config.values).toMatchObject({ "aws:region": "eu-west-3", "raw-aws:replicas": "2" });
    expect(project.config.placeholders).toEqual(["raw-aws:dbPassword"]);
  });

  it("follows main to a directory and its package.json main, and applies Pulumi.yaml config defaults", () => {
    const project = loadPulumiProject(fixtureProgram("javascript"));
    expect(project.entry).toBe(join(fixtureProgram("javascript"), "app", "main.js"));
    expect(project.stack).toBe("dev");
    expect(project.stackFile).toBeNull();
    expect(project.config.values).toEqual({ "javascript:bucketCount": "2", "javascript:prefix": "logs" });
  });

  it("selects the stack named by --stack", () => {
    const project = loadPulumiProject(fixtureProgram("multi-stack"), { stack: "prod" });
    expect(project.stack).toBe("prod");
    expect(project.config.values["aws:region"]).toBe("eu-west-1");
  });

  it("refuses a directory without Pulumi.yaml", () => {
    const error = loadError(fixtureProgram("not-a-project"));
    expect(error.message).toMatch(/^no Pulumi\.yaml in .*not-a-project: it is not a Pulumi project$/);
    expect(error.hint).toContain("continuity.yaml");
    expect(isPulumiProjectDirectory(fixtureProgram("not-a-project"))).toBe(false);
    expect(isPulumiProjectDirectory(fixtureProgram("raw-aws"))).toBe(true);
  });

  it("refuses a stack whose file does not exist, naming the stacks that do", () => {
    const error = loadError(fixtureProgram("multi-stack"), "dev");
    expect(error.message).toContain("no Pulumi.dev.yaml in");
    expect(error.message).toContain("stacks with a file: prod, staging");
    expect(error.hint).toBe("pass one of --stack prod, --stack staging, or create Pulumi.dev.yaml");
  });

  it("refuses to guess between several stacks when none is dev", () => {
    const error = loadError(fixtureProgram("multi-stack"));
    expect(error.message).toContain("has several stacks (prod, staging) and none is dev");
    expect(error.hint).toBe("choose one with --stack, such as --stack prod");
  });

  it("refuses a runtime other than nodejs", () => {
    const error = loadError(fixtureProgram("python"));
    expect(error.message).toContain('declares runtime "python": relais preview runs Node.js programs only');
  });

  it("refuses a path that is not a directory", () => {
    const error = loadError(join(fixtureProgram("raw-aws"), "index.ts"));
    expect(error.message).toMatch(/index\.ts is not a directory$/);
  });
});
