import { toCsv } from "./csv";

describe("toCsv (RFC 4180)", () => {
  it("ends every record with CRLF and quotes only fields that need it", () => {
    expect(toCsv(["a", "b"], [["1", "two words"]])).toBe("a,b\r\n1,two words\r\n");
  });

  it("quotes commas, quotes and line breaks, doubling quotes", () => {
    expect(toCsv(["x"], [['say "hi", then\nleave']])).toBe('x\r\n"say ""hi"", then\nleave"\r\n');
  });

  it("keeps UTF-8 text as it is", () => {
    expect(toCsv(["lieu"], [["Vélizy-Villacoublay"]])).toBe("lieu\r\nVélizy-Villacoublay\r\n");
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(toCsv(["x"], [["=HYPERLINK(1)"], ["+1"], ["@SUM(A1)"], ["-2"], ["a=b"]])).toBe(
      "x\r\n'=HYPERLINK(1)\r\n'+1\r\n'@SUM(A1)\r\n'-2\r\na=b\r\n",
    );
  });

  it("writes empty fields for missing values", () => {
    expect(toCsv(["a", "b", "c"], [["", "x", ""]])).toBe("a,b,c\r\n,x,\r\n");
  });
});
