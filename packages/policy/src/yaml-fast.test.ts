import fc from "fast-check";
import { parse, stringify } from "yaml";
import { parseYamlFast } from "./yaml-fast";

/** What the `yaml` package (the reference) makes of a text, or undefined when it refuses it. */
function reference(text: string): unknown {
  try {
    return parse(text, { uniqueKeys: true, strict: true });
  } catch {
    return undefined;
  }
}

const same = (a: unknown, b: unknown) => expect(JSON.stringify(a)).toBe(JSON.stringify(b));

describe("parseYamlFast", () => {
  it.each([
    "0b101",
    "0o17",
    "0x1F",
    "017",
    "+12",
    "-0",
    "1e3",
    "1.5e+3",
    ".5",
    "1.",
    "+.inf",
    "-.Inf",
    ".NaN",
    "~",
    "null",
    "Null",
    "NULL",
    "true",
    "True",
    "TRUE",
    "yes",
    "on",
    "y",
    "2026-10-01",
    "12:30:45",
    "1_000",
    "1_000.5",
    "08",
    "'quoted'",
    '"\\u00e9"',
    "+0.5e-2",
    "0x_1",
    "0o8",
    "15m",
    "99.95%",
    "PT15M",
  ])("resolves the scalar %s as YAML 1.2 core does", (text) => {
    const fast = parseYamlFast(`k: ${text}`);
    expect(fast).toBeDefined();
    same(fast?.data, reference(`k: ${text}`));
  });

  it.each([
    ["a duplicate key", "a: 1\na: 2"],
    ["a syntax error", "a: [1, 2"],
    ["two documents", "a: 1\n---\nb: 2"],
    ["a %YAML directive", "%YAML 1.1\n---\na: yes"],
    ["an explicit key", "? [a, b]\n: c"],
    ["an alias to a collection", "a: &x [1]\nb: *x"],
    ["an unknown tag", "a: !!binary aGk="],
  ])("leaves %s to the yaml package", (_, text) => {
    expect(parseYamlFast(text)).toBeUndefined();
  });

  it("agrees with the yaml package on random documents", () => {
    const key = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("a", "b", "true", "1", "null", "__proto__"));
    const leaf = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom("1_0", "0b1", "0o7", "0x1f", ".inf", "-.5", "1e3", "~", "Null", "TRUE", "yes", "2d", "40%"),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        leaf,
        fc.array(tie("value"), { maxLength: 4 }),
        fc.dictionary(key, tie("value"), { maxKeys: 4 }),
      ),
    }));
    const style = fc.record({
      flow: fc.boolean(),
      quote: fc.boolean(),
    });
    let vouched = 0;
    fc.assert(
      fc.property(value, style, (data, { flow, quote }) => {
        const text = stringify(data, {
          collectionStyle: flow ? "flow" : "block",
          defaultStringType: quote ? "QUOTE_DOUBLE" : "PLAIN",
        });
        const fast = parseYamlFast(text);
        if (!fast) return;
        vouched++;
        same(fast.data, reference(text));
      }),
      { numRuns: 400 },
    );
    // The comparison must not be vacuous: the fast path vouches for most ordinary documents.
    expect(vouched).toBeGreaterThan(300);
  });

  it("agrees with the yaml package on random plain scalars", () => {
    const scalar = fc
      .array(
        fc.constantFrom(
          "0",
          "1",
          "7",
          "9",
          "_",
          ".",
          "e",
          "E",
          "+",
          "-",
          "x",
          "o",
          "b",
          "inf",
          "nan",
          "a",
          "f",
          "~",
          "n",
          "ull",
        ),
        {
          minLength: 1,
          maxLength: 8,
        },
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(scalar, (text) => {
        const fast = parseYamlFast(`k: ${text}`);
        if (fast) same(fast.data, reference(`k: ${text}`));
      }),
      { numRuns: 2000 },
    );
  });
});
