import { encodeParts } from "./parts";

describe("the bytes a document's parts are written as", () => {
  const text = (parts: ReadonlyArray<string | Uint8Array>) => Buffer.concat(encodeParts(parts)).toString("utf8");

  it("writes texts and bytes in order, byte for byte, multi-byte characters included", () => {
    const parts = ["{", '\n  "a": ', Buffer.from('"3 × 10s"'), Buffer.from(", "), '"→ é ✔"', "}", Buffer.from("\n")];
    expect(text(parts)).toBe('{\n  "a": "3 × 10s", "→ é ✔"}\n');
  });

  it("encodes each stretch of consecutive texts into one buffer and keeps bytes as they are, uncopied", () => {
    const shared = Buffer.from("c");
    const chunks = encodeParts(["a", "b", shared, Buffer.from("d"), "e"]);
    expect(chunks.map((chunk) => Buffer.from(chunk).toString("utf8"))).toEqual(["ab", "c", "d", "e"]);
    expect(chunks[1]).toBe(shared);
    expect(encodeParts([])).toEqual([]);
    expect(text(["", Buffer.alloc(0), ""])).toBe("");
  });
});
