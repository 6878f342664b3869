import { FAILSAFE_SCHEMA, type Schema, Type } from "js-yaml";

const scalar = (tag: string, pattern: RegExp, construct: (text: string) => unknown) =>
  new Type(`tag:yaml.org,2002:${tag}`, {
    kind: "scalar",
    resolve: (text: unknown) => typeof text === "string" && pattern.test(text),
    construct: (text: string) => construct(text),
  });

/**
 * YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution): js-yaml resolves YAML 1.1 scalars by
 * default (`yes`, `on`, `0b101`, `1_000`, dates), which a YAML 1.2 reader such as an editor or the JSON Schema tooling
 * would read as strings. Only null, booleans, integers and floats are implicit; everything else is a string.
 */
export const CORE_1_2: Schema = FAILSAFE_SCHEMA.extend({
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
