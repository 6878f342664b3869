import { FAILSAFE_SCHEMA, load, type Schema, Type } from "js-yaml";

/**
 * The fast path of policy loading. The `yaml` package gives the best diagnostics (every error with its line and
 * column, duplicate keys, alias limits) but parses about 1 MB/s; js-yaml parses the same text ten times faster.
 * So a policy is parsed with js-yaml first, configured to resolve scalars exactly as YAML 1.2's core schema (the
 * `yaml` package's default) does, and whenever js-yaml fails or the result could differ — an error, a duplicate
 * key, a `%` directive, a complex `?` key, an alias to a collection — the caller falls back to the `yaml` package,
 * whose answer (data or findings) is the one returned. The fast path never decides that a text is invalid.
 */

const scalar = (tag: string, pattern: RegExp, construct: (text: string) => unknown) =>
  new Type(`tag:yaml.org,2002:${tag}`, {
    kind: "scalar",
    resolve: (text: unknown) => typeof text === "string" && pattern.test(text),
    construct: (text: string) => construct(text),
  });

/** YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution), as the `yaml` package resolves it. */
const CORE_1_2: Schema = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar("null", /^(?:~|[Nn]ull|NULL)?$/, () => null),
    scalar("bool", /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === "t" || text[0] === "T"),
    scalar("int", /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/, (text) =>
      text.startsWith("0o") ? Number.parseInt(text.slice(2), 8) : Number(text),
    ),
    scalar(
      "float",
      /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
      (text) => {
        const lower = text.toLowerCase();
        if (lower.endsWith(".nan")) return Number.NaN;
        if (lower.endsWith(".inf")) return lower.startsWith("-") ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
        return Number(text);
      },
    ),
  ],
});

/** Constructs whose meaning js-yaml and the `yaml` package may not share: directives and explicit `?` keys. */
const NEEDS_PRECISE_PARSER = /^%|^[ \t]*(?:- +)*\?(?:[ \t]|$)/m;

/** The data of a YAML or JSON text when the fast path can vouch for it, else `undefined` (use the `yaml` package). */
export function parseYamlFast(text: string): { data: unknown } | undefined {
  if (NEEDS_PRECISE_PARSER.test(text)) return undefined;
  let data: unknown;
  try {
    data = load(text, { schema: CORE_1_2, json: false });
  } catch {
    return undefined;
  }
  return hasSharedCollections(data) ? undefined : { data };
}

/**
 * True when a collection is reachable twice: js-yaml resolves an alias to the anchored object itself, so an alias
 * bomb is small in memory but exponential for whoever walks it. The `yaml` package counts and refuses those.
 */
function hasSharedCollections(root: unknown): boolean {
  const seen = new Set<object>();
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== "object") continue;
    if (seen.has(node)) return true;
    seen.add(node);
    if (Array.isArray(node)) for (const item of node) pending.push(item);
    else for (const key in node) pending.push((node as Record<string, unknown>)[key]);
  }
  return false;
}
