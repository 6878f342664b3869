import fc from "fast-check";
import { parse, stringify } from "yaml";
import { parsePolicyText } from "./load";

/** What the `yaml` package (the reference) makes of a text, or undefined when it refuses it. */
function reference(text: string): unknown {
  try {
    return parse(text, { uniqueKeys: true, strict: true });
  } catch {
    return undefined;
  }
}

const same = (a: unknown, b: unknown) => expect(JSON.stringify(a)).toBe(JSON.stringify(b));

describe("parsePolicyText, the one YAML parser", () => {
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
    const parsed = parsePolicyText(`k: ${text}`);
    expect(parsed.findings).toEqual([]);
    same(parsed.data, reference(`k: ${text}`));
  });

  it.each([
    ["a duplicate key", "a: 1\na: 2", 2, 1],
    ["a syntax error", "a: [1, 2", 2, 1],
    ["two documents", "a: 1\n---\nb: 2", 2, 1],
    ["an explicit key", "x: 1\n? [a, b]\n: c", 2, 1],
    ["an unknown tag", "a: !!binary aGk=", 1, 17],
  ])("refuses %s as a located syntax finding", (_, text, line, column) => {
    const { data, findings } = parsePolicyText(text);
    expect(data).toBeUndefined();
    expect(findings).toEqual([expect.objectContaining({ code: "syntax", path: "(root)", line, column })]);
  });

  it("copies an alias to a collection, as the yaml package does", () => {
    same(parsePolicyText("a: &x [1]\nb: *x").data, { a: [1], b: [1] });
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
    let agreed = 0;
    fc.assert(
      fc.property(value, style, (data, { flow, quote }) => {
        const text = stringify(data, {
          collectionStyle: flow ? "flow" : "block",
          defaultStringType: quote ? "QUOTE_DOUBLE" : "PLAIN",
        });
        const parsed = parsePolicyText(text);
        const expected = reference(text);
        if (expected === undefined) return;
        agreed++;
        expect(parsed.findings).toEqual([]);
        same(parsed.data, expected);
      }),
      { numRuns: 400 },
    );
    // The comparison must not be vacuous: the reference accepts most ordinary documents.
    expect(agreed).toBeGreaterThan(300);
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
        same(parsePolicyText(`k: ${text}`).data, reference(`k: ${text}`));
      }),
      { numRuns: 2000 },
    );
  });
});
