import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { examplePolicyText } from "@relais/test-support";
import { MAX_POLICY_BYTES, PolicyFileError, parsePolicyText, readPolicyFile } from "./load";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "relais-load-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("readPolicyFile", () => {
  it("reads a text file", () => {
    expect(readPolicyFile(file("ok.yaml", "a: 1\n"))).toBe("a: 1\n");
  });

  it("refuses a missing file, naming it", () => {
    const missing = join(dir, "nope.yaml");
    expect(() => readPolicyFile(missing)).toThrow(PolicyFileError);
    expect(() => readPolicyFile(missing)).toThrow(`cannot read ${missing}: no such file`);
  });

  it("refuses a directory and says to name the file inside", () => {
    expect(() => readPolicyFile(dir)).toThrow(
      `${dir} is a directory, not a policy file: name the continuity.yaml inside it`,
    );
  });

  it("refuses a binary file", () => {
    const binary = file("image.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]));
    expect(() => readPolicyFile(binary)).toThrow(`${binary} is a binary file, not a YAML or JSON policy`);
  });

  it("refuses a 10 MB file before reading it", () => {
    const big = file("big.yaml", Buffer.alloc(10 * 1024 * 1024, 0x61));
    expect(() => readPolicyFile(big)).toThrow(`${big} is 10.0 MiB; a policy file may be at most 4 MiB`);
  });
});

describe("parsePolicyText", () => {
  it("parses YAML and JSON to plain data", () => {
    expect(parsePolicyText("a: 1\nb: [x, 'y']\n")).toMatchObject({ data: { a: 1, b: ["x", "y"] }, findings: [] });
    expect(parsePolicyText('{"a": {"b": null}}')).toMatchObject({ data: { a: { b: null } }, findings: [] });
  });

  it("locates a syntax error by line and column", () => {
    const { findings } = parsePolicyText("apiVersion: relais/v1\nsites: [a, b\nkind: x\n");
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]).toMatchObject({ code: "syntax", severity: "error", hint: "fix the YAML syntax at this place" });
    // The position is data (line 3, where the unclosed list meets the next key); the path stays a data path.
    expect(findings[0]).toMatchObject({ path: "(root)", line: 3, column: 1 });
  });

  it("refuses a duplicate key with its line", () => {
    const { findings } = parsePolicyText("tiers: {}\nsites: {}\ntiers: {}\n");
    expect(findings).toEqual([
      {
        code: "syntax",
        severity: "error",
        path: "(root)",
        message: "a key appears twice in one mapping",
        hint: "remove or rename one of the two keys",
        line: 3,
        column: 1,
      },
    ]);
  });

  it("refuses a billion-laughs alias bomb before expanding it", () => {
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (const [index, name] of ["b", "c", "d", "e", "f", "g", "h", "i"].entries()) {
      const previous = String.fromCharCode(97 + index);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
    }
    // Its time and memory are targets of bench/cases/policy-hostile.mjs.
    const { data, findings } = parsePolicyText(levels.join("\n"));
    expect(data).toBeUndefined();
    expect(findings[0].message).toContain("which looks like an alias bomb; refused");
  });

  it("accepts a few anchors and aliases", () => {
    const { data } = parsePolicyText("base: &b { x: 1 }\ncopy: *b\nname: &n hello\nagain: *n\n");
    expect(data).toEqual({ base: { x: 1 }, copy: { x: 1 }, name: "hello", again: "hello" });
  });

  it("refuses text above the size limit", () => {
    const { findings } = parsePolicyText(`a: "${"x".repeat(MAX_POLICY_BYTES)}"`);
    expect(findings[0].message).toBe("the policy text is too large");
  });

  it("parses the example policy", () => {
    const { data, findings } = parsePolicyText(examplePolicyText());
    expect(findings).toEqual([]);
    expect((data as { metadata: { name: string } }).metadata.name).toBe("acme-payments");
  });
});

describe("parsePolicyText nesting guard", () => {
  it.each([
    ["deep flow sequences", "[".repeat(20_000) + "]".repeat(20_000)],
    ["unclosed flow sequences", `a: ${"[".repeat(100_000)}`],
    ["deep block mappings", Array.from({ length: 2_000 }, (_, index) => `${" ".repeat(index)}a:`).join("\n")],
    ["deep block sequences", Array.from({ length: 200 }, (_, index) => `${" ".repeat(index * 2)}- x:`).join("\n")],
  ])("refuses %s as a syntax finding, repeatedly, without crashing", (_, text) => {
    for (let round = 0; round < 2; round++) {
      const { findings } = parsePolicyText(text);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        code: "syntax",
        message: expect.stringContaining("nests more than 64 levels"),
      });
      expect(findings[0]).toMatchObject({ path: "(root)", line: expect.any(Number), column: expect.any(Number) });
    }
  });

  it("accepts the nesting of real policies, brackets in text included", () => {
    expect(parsePolicyText(examplePolicyText()).findings).toEqual([]);
    expect(parsePolicyText('a:\n  b:\n    - c: "[[[[ not nesting"\n      d: [1, [2, [3]]]\n').findings).toEqual([]);
  });
});
