import fc from "fast-check";
import { isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, stringify } from "yaml";
import { parsePolicyText } from "./load";

/** Every node of a document read by the `yaml` package (the reference), with its path and where it and its key start. */
function referencePositions(text: string): Array<{ path: PropertyKey[]; value: number; key?: number }> | undefined {
  const lines = new LineCounter();
  const document = parseDocument(text, { uniqueKeys: true, strict: true, lineCounter: lines });
  if (document.errors.length > 0) return undefined;
  const found: Array<{ path: PropertyKey[]; value: number; key?: number }> = [];
  const visit = (node: Node | null, path: PropertyKey[], key?: number) => {
    if (!node?.range || isAlias(node)) return;
    // An empty value (`a:`) has no text of its own to point at.
    if (isScalar(node) && node.source === "" && node.range[0] === node.range[1]) return;
    found.push({ path, value: node.range[0], key });
    if (isMap(node)) {
      for (const pair of node.items) {
        const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (name === undefined) continue;
        visit(pair.value as Node | null, [...path, name], (pair.key as Node).range?.[0]);
      }
    } else if (isSeq(node)) {
      for (const [index, item] of node.items.entries()) visit(item as Node, [...path, index]);
    }
  };
  visit(document.contents as Node, []);
  return found;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1) as string).length + 1 };
}

describe("where parsePolicyText locates a node", () => {
  it("agrees with the yaml package on every node and key of random documents", () => {
    const key = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/), fc.constantFrom("a", "b", "true", "1"));
    const leaf = fc.oneof(fc.stringMatching(/^[a-z][a-z ]{0,10}[a-z]$/), fc.integer(), fc.boolean());
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        leaf,
        fc.array(tie("value"), { minLength: 1, maxLength: 4 }),
        fc.dictionary(key, tie("value"), { minKeys: 1, maxKeys: 4 }),
      ),
    }));
    let checked = 0;
    fc.assert(
      fc.property(value, fc.boolean(), (data, flow) => {
        const text = stringify(data, { collectionStyle: flow ? "flow" : "block" });
        const expected = referencePositions(text);
        const parsed = parsePolicyText(text);
        if (!expected || !parsed.locate) return;
        for (const node of expected) {
          expect({ path: node.path, at: parsed.locate(node.path) }).toEqual({
            path: node.path,
            at: lineColumn(text, node.value),
          });
          if (node.key !== undefined) expect(parsed.locate(node.path, true)).toEqual(lineColumn(text, node.key));
          checked++;
        }
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(1000);
  });
});
