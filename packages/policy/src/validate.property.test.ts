import { examplePolicyText } from "@relais/test-support";
import fc from "fast-check";
import { parse } from "yaml";
import { validatePolicy } from "./validate";

/** Every path to a value inside the example policy (keys and indexes). */
function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== "object") return [prefix];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
}

const example = parse(examplePolicyText()) as Record<string, unknown>;
const paths = pathsOf(example).filter((path) => path.length > 0);

type Mutation =
  | { kind: "drop"; path: Array<string | number> }
  | { kind: "rename"; path: Array<string | number>; name: string }
  | { kind: "replace"; path: Array<string | number>; value: unknown };

type Container = Record<string | number, unknown>;

/** The value at `path`, or undefined when the path does not resolve (an earlier mutation removed it). */
function at(root: unknown, path: ReadonlyArray<string | number>): unknown {
  return path.reduce<unknown>(
    (node, key) => (node !== null && typeof node === "object" ? (node as Container)[key] : undefined),
    root,
  );
}

/** Applies a mutation to a deep copy of `base`; a path that no longer resolves leaves the copy unchanged. */
function mutate(base: Record<string, unknown>, mutation: Mutation): Record<string, unknown> {
  const copy = structuredClone(base);
  const parent = at(copy, mutation.path.slice(0, -1));
  if (parent === null || typeof parent !== "object") return copy;
  const container = parent as Container;
  const last = mutation.path[mutation.path.length - 1];
  if (mutation.kind === "replace") container[last] = mutation.value;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else {
    const value = container[last];
    delete container[last];
    if (mutation.kind === "rename") container[mutation.name] = value;
  }
  return copy;
}

const path = fc.constantFrom(...paths);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("drop" as const), path }),
  fc.record({ kind: fc.constant("rename" as const), path, name: fc.string({ maxLength: 12 }) }),
  fc.record({ kind: fc.constant("replace" as const), path, value: fc.anything({ maxDepth: 2 }) }),
  fc.record({ kind: fc.constant("replace" as const), path, value: fc.string({ maxLength: 20 }) }),
);

function wellFormed(result: ReturnType<typeof validatePolicy>): void {
  for (const finding of result.findings) {
    expect(typeof finding.code).toBe("string");
    expect(["error", "warning"]).toContain(finding.severity);
    expect(finding.path.length).toBeGreaterThan(0);
    expect(finding.message.length).toBeGreaterThan(0);
    expect(finding.hint.length).toBeGreaterThan(0);
  }
  expect(result.valid).toBe(!result.findings.some((finding) => finding.severity === "error"));
}

/** The JSON type of a value, to know when a mutation changed it. */
const typeOf = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

describe("validatePolicy under random mutations of a valid policy", () => {
  it("never throws: dropped keys, renamed keys, wrong types and random strings yield findings", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const data = mutations.reduce(mutate, example);
        wellFormed(validatePolicy(data, { today: "2026-11-28" }));
      }),
      { numRuns: 500 },
    );
  });

  it("reports an error whenever a value is replaced by one of another JSON type", () => {
    const other = fc.oneof(
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.integer(), { maxLength: 2 }),
      fc.constant({ x: 1 }),
      fc.string(),
    );
    fc.assert(
      fc.property(path, other, (target, value) => {
        const before = at(example, target);
        fc.pre(typeOf(before) !== typeOf(value));
        const result = validatePolicy(mutate(example, { kind: "replace", path: target, value }), {
          today: "2026-11-28",
        });
        wellFormed(result);
        expect(result.findings.some((finding) => finding.severity === "error")).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on mutated YAML text either", () => {
    const text = examplePolicyText();
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.nat(40), fc.string({ maxLength: 10 }), (at, length, insert) => {
        wellFormed(validatePolicy(text.slice(0, at) + insert + text.slice(at + length), { today: "2026-11-28" }));
      }),
      { numRuns: 300 },
    );
  });
});
