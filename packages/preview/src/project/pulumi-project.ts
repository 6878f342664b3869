import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { parse } from "yaml";
import { ProjectError } from "./project-error";
import { type ProgramConfig, programConfig } from "./stack-config";

/** A Pulumi project directory resolved for an offline run: its program entry, stack and configuration. */
export interface PulumiProject {
  /** Absolute path of the project directory (where `Pulumi.yaml` is). */
  directory: string;
  /** `name` in `Pulumi.yaml`. */
  name: string;
  /** Absolute path of the program's entry file (TypeScript or JavaScript). */
  entry: string;
  /** The stack previewed: `--stack`, else the only `Pulumi.<stack>.yaml`, else `dev`. */
  stack: string;
  /** The stack's config file, or null when the stack has none (a `dev` stack with no file). */
  stackFile: string | null;
  config: ProgramConfig;
}

export interface LoadProjectOptions {
  /** The stack to preview; its `Pulumi.<stack>.yaml` must exist. */
  stack?: string;
}

const PROJECT_FILES = ["Pulumi.yaml", "Pulumi.yml"];
const ENTRY_CANDIDATES = ["index.ts", "index.js", "index.mts", "index.mjs", "index.cts", "index.cjs"];

/** True when `path` is a directory holding a `Pulumi.yaml`: the CLI uses it to tell a program from a policy. */
export function isPulumiProjectDirectory(path: string): boolean {
  return isDirectory(path) && PROJECT_FILES.some((file) => existsSync(join(path, file)));
}

/**
 * Reads a Pulumi project directory: `Pulumi.yaml` (name, nodejs runtime, `main`), the stack to preview and its
 * configuration. Throws a {@link ProjectError} naming the file and the fix for everything that stops a preview.
 */
export function loadPulumiProject(path: string, options: LoadProjectOptions = {}): PulumiProject {
  const directory = resolve(path);
  if (!isDirectory(directory)) {
    throw new ProjectError(
      `${path} is not a directory`,
      "give the directory of a Pulumi program (the one holding Pulumi.yaml)",
      directory,
    );
  }
  const found = PROJECT_FILES.map((file) => join(directory, file)).find((file) => existsSync(file));
  if (!found) {
    throw new ProjectError(
      `no Pulumi.yaml in ${path}: it is not a Pulumi project`,
      "give the directory of a Pulumi program (the one holding Pulumi.yaml), or a continuity.yaml policy file",
      directory,
    );
  }
  const projectFile = shown(found);
  const settings = readYamlMap(found, directory);
  const name = settings.name;
  if (typeof name !== "string" || name === "") {
    throw new ProjectError(`${projectFile} has no name`, "add `name: <project>` to Pulumi.yaml", directory);
  }
  checkRuntime(settings.runtime, projectFile, directory);
  const entry = resolveEntry(directory, settings.main, projectFile);
  const { stack, stackFile } = selectStack(directory, path, options.stack);
  const stackSettings = stackFile ? readYamlMap(stackFile, directory) : {};
  const config = programConfig(name, settings.config, stackSettings.config);
  return { directory, name, entry, stack, stackFile, config };
}

function checkRuntime(runtime: unknown, projectFile: string, directory: string): void {
  const name =
    typeof runtime === "string"
      ? runtime
      : runtime !== null && typeof runtime === "object"
        ? (runtime as { name?: unknown }).name
        : undefined;
  if (name === "nodejs") return;
  throw new ProjectError(
    name === undefined
      ? `${projectFile} declares no runtime`
      : `${projectFile} declares runtime "${String(name)}": relais preview runs Node.js programs only`,
    "relais preview runs programs with `runtime: nodejs` (TypeScript or JavaScript); preview other programs with a policy file",
    directory,
  );
}

/** Pulumi's rule: `main` (a file, or a directory with a package.json `main` or an index file), else the project. */
function resolveEntry(directory: string, main: unknown, projectFile: string): string {
  const base = typeof main === "string" && main !== "" ? resolve(directory, main) : directory;
  if (existsSync(base) && !isDirectory(base)) return base;
  if (!existsSync(base)) {
    throw new ProjectError(
      `${projectFile} names main: ${String(main)}, which does not exist`,
      "fix `main` in Pulumi.yaml or remove it to use index.ts",
      directory,
    );
  }
  const packageMain = readPackageMain(base);
  const candidates = packageMain ? [packageMain, ...ENTRY_CANDIDATES] : ENTRY_CANDIDATES;
  for (const candidate of candidates) {
    const file = resolve(base, candidate);
    if (existsSync(file) && !isDirectory(file)) return file;
  }
  throw new ProjectError(
    `no program entry in ${relative(process.cwd(), base) || "."}: looked for ${candidates.join(", ")}`,
    "write the program in index.ts (or index.js), or point `main` in Pulumi.yaml at it",
    directory,
  );
}

function readPackageMain(directory: string): string | undefined {
  const file = join(directory, "package.json");
  if (!existsSync(file)) return undefined;
  try {
    const main = (JSON.parse(readFileSync(file, "utf8")) as { main?: unknown }).main;
    return typeof main === "string" && main !== "" ? main : undefined;
  } catch {
    return undefined;
  }
}

function selectStack(
  directory: string,
  path: string,
  requested: string | undefined,
): { stack: string; stackFile: string | null } {
  const stacks = stackFiles(directory);
  if (requested !== undefined) {
    const file = stacks.get(requested);
    if (file) return { stack: requested, stackFile: file };
    const known = [...stacks.keys()];
    throw new ProjectError(
      `no Pulumi.${requested}.yaml in ${path}: stack "${requested}" has no configuration here` +
        (known.length > 0 ? ` (stacks with a file: ${known.join(", ")})` : " (no stack file at all)"),
      known.length > 0
        ? `pass one of ${known.map((stack) => `--stack ${stack}`).join(", ")}, or create Pulumi.${requested}.yaml`
        : `create Pulumi.${requested}.yaml with a config: map, or leave out --stack to use dev`,
      directory,
    );
  }
  if (stacks.size === 1) {
    const [[stack, stackFile]] = [...stacks];
    return { stack, stackFile };
  }
  if (stacks.has("dev")) return { stack: "dev", stackFile: stacks.get("dev")! };
  if (stacks.size === 0) return { stack: "dev", stackFile: null };
  throw new ProjectError(
    `${path} has several stacks (${[...stacks.keys()].join(", ")}) and none is dev`,
    `choose one with --stack, such as --stack ${[...stacks.keys()][0]}`,
    directory,
  );
}

/** `Pulumi.<stack>.yaml` files by stack name, in name order. */
function stackFiles(directory: string): Map<string, string> {
  const stacks = new Map<string, string>();
  for (const file of readdirSync(directory).sort()) {
    const match = /^Pulumi\.(.+)\.ya?ml$/.exec(file);
    if (match && !stacks.has(match[1])) stacks.set(match[1], join(directory, file));
  }
  return stacks;
}

function readYamlMap(file: string, directory: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = parse(readFileSync(file, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new ProjectError(
      `${shown(file)} is not valid YAML: ${reason}`,
      `fix the YAML in ${basename(file)}`,
      directory,
    );
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new ProjectError(
      `${shown(file)} is not a YAML mapping`,
      `write ${basename(file)} as key: value pairs`,
      directory,
    );
  }
  return data as Record<string, unknown>;
}

/** A path as the user can read it: relative to the working directory. */
function shown(file: string): string {
  return relative(process.cwd(), file) || file;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
