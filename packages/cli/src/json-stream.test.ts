import { runs } from "./json-stream";

describe("the runs of bytes a document's parts are written in", () => {
  const text = (parts: ReadonlyArray<string | Uint8Array>) => Buffer.concat([...runs(parts)]).toString("utf8");

  it("writes texts and bytes in order, byte for byte, multi-byte characters included", () => {
    const parts = ["{", '\n  "a": ', Buffer.from('"3 × 10s"'), Buffer.from(", "), '"→ é ✔"', "}", Buffer.from("\n")];
    expect(text(parts)).toBe('{\n  "a": "3 × 10s", "→ é ✔"}\n');
  });

  it("makes one run of each stretch of consecutive texts and of consecutive bytes", () => {
    const chunks = [...runs(["a", "b", Buffer.from("c"), Buffer.from("d"), "e"])];
    expect(chunks.map((chunk) => Buffer.from(chunk).toString("utf8"))).toEqual(["ab", "cd", "e"]);
    expect([...runs([])]).toEqual([]);
    expect(text(["", Buffer.alloc(0), ""])).toBe("");
  });
});
