import { type core, z } from "zod";
import { type Finding, formatPath } from "./finding";
import { severityOf } from "./finding-codes";
import { ContinuityPolicy } from "./schema/policy";
import { describeInput } from "./schema/primitives";
import { SCENARIO_KINDS } from "./schema/scenarios";
import { nearest } from "./suggest";

/** The outcome of checking plain data against the policy schema. */
export interface SchemaResult {
  policy: ContinuityPolicy | null;
  findings: Finding[];
}

/** Where a node at a path starts in the text the data came from (`key`: a mapping key's own position). */
export type Locate = (path: readonly PropertyKey[], key?: boolean) => { line: number; column: number };

/**
 * Checks plain data (from YAML or JSON) against the schema; every problem becomes a `schema` finding, with its line
 * and column when `locate` (from `parsePolicyText`) is given.
 */
export function parsePolicyData(data: unknown, locate?: Locate): SchemaResult {
  const { policy, problems } = checkSchema(data);
  const findings = problems.map(({ finding, segments, key }) =>
    locate ? { ...finding, ...locate(segments, key) } : finding,
  );
  return { policy, findings };
}

/** A finding and the node it is about: its path as segments and whether it is a mapping key (an unknown key). */
interface Problem {
  finding: Finding;
  segments: readonly PropertyKey[];
  key: boolean;
}

function checkSchema(data: unknown): { policy: ContinuityPolicy | null; problems: Problem[] } {
  if (data === undefined || data === null) return rootProblem("the policy is empty");
  if (typeof data !== "object" || Array.isArray(data)) {
    return rootProblem(
      `the policy must be a mapping with apiVersion, kind, metadata, tiers, sites and services; got ${describeInput(data)}`,
    );
  }
  const result = ContinuityPolicy.safeParse(data, { reportInput: true });
  if (result.success) return { policy: withoutPrototypes(result.data), problems: [] };
  return { policy: null, problems: result.error.issues.flatMap(issueToProblems) };
}

/** The sections of a policy keyed by id, which every package looks ids up in. */
const ID_MAPS = ["tiers", "sites", "services", "suppliers", "commitments"] as const;

/**
 * The policy with its id maps made prototype-free, so that an id such as `constructor` or `toString` never finds an
 * `Object.prototype` member: `policy.sites.constructor` is undefined, like any undeclared site, in every package that
 * looks an id up (rules, simulation, reports), not only where a lookup remembered `Object.hasOwn`.
 */
function withoutPrototypes(policy: ContinuityPolicy): ContinuityPolicy {
  const copy = { ...policy };
  for (const section of ID_MAPS) {
    (copy as Record<string, unknown>)[section] = Object.assign(Object.create(null), policy[section]);
  }
  return copy;
}

/** A document that is not a policy at all: one finding at the root that points to the starter policy. */
function rootProblem(message: string): { policy: null; problems: Problem[] } {
  const hint = "start from `relais init`, which writes a commented starter continuity.yaml";
  return { policy: null, problems: [schemaFinding([], message, hint)] };
}

function issueToProblems(issue: core.$ZodIssue): Problem[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => {
      const suggestion = nearest(key, knownKeys());
      return schemaFinding(
        [...issue.path, key],
        `unknown key "${key}"`,
        suggestion
          ? `did you mean "${suggestion}"? Unknown keys are refused so that a typo is never ignored`
          : "remove it: unknown keys are refused so that a typo is never ignored",
        true,
      );
    });
  }
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    // Report the branch that got furthest, which is the one the author most likely meant.
    const deepest = issue.errors.reduce((best, branch) => (depth(branch) > depth(best) ? branch : best));
    if (depth(deepest) > 0)
      return deepest.flatMap((inner) => issueToProblems({ ...inner, path: [...issue.path, ...inner.path] }));
  }
  return [schemaFinding(issue.path, messageOf(issue), hintOf(issue))];
}

function depth(issues: core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((issue) => issue.path.length));
}

/** The accepted values of the discriminators of the format's unions (data modes, scenario kinds). */
const DISCRIMINATED_VALUES: Record<string, readonly string[]> = {
  mode: ["sync-replication", "async-replication", "backup", "none"],
  kind: SCENARIO_KINDS,
};

function isMissing(issue: core.$ZodIssue): boolean {
  return (issue.code === "invalid_type" || issue.code === "invalid_value") && issue.input === undefined;
}

function messageOf(issue: core.$ZodIssue): string {
  if (isMissing(issue)) return `${lastKey(issue.path)} is required`;
  if (issue.code === "invalid_value" && issue.values.length > 0 && !issue.message.includes("must be")) {
    return `expected one of ${issue.values.map((value) => String(value)).join(", ")}, got ${describeInput(issue.input)}`;
  }
  if (issue.code === "invalid_union" && "discriminator" in issue && typeof issue.discriminator === "string") {
    const key = issue.discriminator;
    const given = (issue.input as Record<string, unknown> | undefined)?.[key];
    const accepted = DISCRIMINATED_VALUES[key]?.join(", ") ?? "a documented value";
    return given === undefined
      ? `${key} is required: one of ${accepted}`
      : `${key} must be one of ${accepted}, got ${describeInput(given)}`;
  }
  if (issue.code === "invalid_union") return `does not match any accepted form; got ${describeInput(issue.input)}`;
  return issue.message;
}

function hintOf(issue: core.$ZodIssue): string {
  if (isMissing(issue)) {
    const values = issue.code === "invalid_value" ? ` (one of ${issue.values.map(String).join(", ")})` : "";
    return `add ${lastKey(issue.path)}${values}`;
  }
  if (issue.code === "invalid_value" || issue.code === "invalid_union") return "use one of the listed values";
  if (issue.message.includes("longest duration")) return "write the duration it really is, such as 180d or 2h";
  if (issue.message.includes("duration")) return "write a duration with a unit, such as 90s, 15m, 4h, 2d or 1h30m";
  if (issue.message.includes("percentage")) return "write a percentage such as 40% or 99.95%";
  if (issue.message.includes("YYYY-MM-DD")) return "write the date YYYY-MM-DD";
  if (issue.message.includes("kebab-case"))
    return "ids are lower-case letters, digits and hyphens, starting with a letter";
  return "see docs/policy-format.md for this field";
}

function lastKey(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "a value" : String(path[path.length - 1]);
}

function schemaFinding(path: readonly PropertyKey[], message: string, hint: string, key = false): Problem {
  return {
    finding: { code: "schema", severity: severityOf("schema"), path: formatPath(path) || "(root)", message, hint },
    segments: path,
    key,
  };
}

let keys: Set<string> | undefined;

/** Every property name the schema knows, for "did you mean" on unknown keys. */
function knownKeys(): Set<string> {
  if (keys) return keys;
  keys = new Set();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const record = node as Record<string, unknown>;
    if (record.properties && typeof record.properties === "object") {
      for (const key of Object.keys(record.properties)) keys?.add(key);
    }
    for (const value of Object.values(record)) visit(value);
  };
  visit(z.toJSONSchema(ContinuityPolicy, { io: "input", unrepresentable: "any" }));
  return keys;
}
