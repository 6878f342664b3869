import { readFileSync, statSync } from "node:fs";
import { formatPath, InputError, MANIFEST_VERSION, Manifest } from "@relais/policy";

/** Largest manifest file read (a 1,000-service manifest is well under 2 MiB). */
const MAX_MANIFEST_BYTES = 32 * 1024 * 1024;

const SAVE_HINT = "save it with: pulumi stack output relais --json > manifest.json";

/** A manifest file that cannot be read or is not a valid Relais manifest. */
export class ManifestInputError extends InputError {}

/** Reads and validates a manifest file (see `parseManifestText`). */
export function readManifestFile(file: string): Manifest[] {
  let size: number;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) throw new ManifestInputError(`${file} is a directory, not a manifest file`, SAVE_HINT);
    size = stats.size;
  } catch (error) {
    if (error instanceof ManifestInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ManifestInputError(
      `cannot read ${file}: ${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code}`,
      SAVE_HINT,
    );
  }
  if (size > MAX_MANIFEST_BYTES) {
    throw new ManifestInputError(`${file} is larger than ${MAX_MANIFEST_BYTES / 1024 / 1024} MiB: not a manifest`);
  }
  return parseManifestText(readFileSync(file, "utf8"), file);
}

/**
 * Parses the JSON of `pulumi stack output relais --json`: one manifest, a list of manifests, or the whole
 * `pulumi stack output --json` object (its `relais` output is used). Every manifest is validated with the Zod
 * schema; the error names the first problems by path.
 */
export function parseManifestText(text: string, source = "the manifest"): Manifest[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ManifestInputError(`${source} is not JSON: ${(error as Error).message}`, SAVE_HINT);
  }
  return parseManifestData(data, source);
}

/** Validates manifest data already parsed (see `parseManifestText` for the forms accepted). */
export function parseManifestData(data: unknown, source = "the manifest"): Manifest[] {
  const value = isObject(data) && !("version" in data) && "relais" in data ? data.relais : data;
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) throw new ManifestInputError(`${source} is an empty list: it names no manifest`, SAVE_HINT);
  return list.map((item, index) => parseOne(item, Array.isArray(value) ? `${source}[${index}]` : source));
}

function parseOne(data: unknown, source: string): Manifest {
  if (isObject(data) && typeof data.version === "number" && data.version !== MANIFEST_VERSION) {
    throw new ManifestInputError(
      `${source} is manifest version ${data.version}; this relais reads version ${MANIFEST_VERSION}`,
      data.version < MANIFEST_VERSION
        ? "version 1 manifests record what the policy asked for, not what was deployed: run pulumi up with this @relais/aws, then save the stack output again"
        : "use the relais release that matches the @relais/aws the stack was deployed with",
    );
  }
  const result = Manifest.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const listed = issues.slice(0, 5).map((issue) => `  ${formatPath(issue.path) || "(top level)"}: ${issue.message}`);
  const more = issues.length > 5 ? [`  … and ${issues.length - 5} more`] : [];
  throw new ManifestInputError(
    `${source} is not a valid Relais manifest:\n${[...listed, ...more].join("\n")}`,
    `it must be the stack output "relais" of a stack built with @relais/aws; ${SAVE_HINT}`,
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
