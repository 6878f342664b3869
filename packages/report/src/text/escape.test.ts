import { escapeHtml, escapeMarkdown, guardLineStart, markdownCode, mermaidId, mermaidLabel } from "./escape";

describe("escapeHtml", () => {
  it("escapes the five characters that can break out of text or attributes", () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;",
    );
  });
});

describe("escapeMarkdown", () => {
  it("escapes emphasis, code, links, table pipes and raw HTML, and flattens line breaks", () => {
    expect(escapeMarkdown("a *b* _c_ `d` [e](f) | g <img src=x> & h\nnext")).toBe(
      "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\| g &lt;img src=x&gt; &amp; h next",
    );
  });

  it("leaves ordinary text alone", () => {
    expect(escapeMarkdown("Vélizy-Villacoublay, room B2 (basement)")).toBe("Vélizy-Villacoublay, room B2 (basement)");
  });
});

describe("guardLineStart", () => {
  it.each([
    ["# heading", "\\# heading"],
    ["- item", "\\- item"],
    ["+ item", "\\+ item"],
    ["1. item", "1\\. item"],
    ["2) item", "2\\) item"],
    ["plain text", "plain text"],
    ["2026 was a year", "2026 was a year"],
  ])("%j becomes %j", (line, expected) => {
    expect(guardLineStart(line)).toBe(expected);
  });
});

describe("markdownCode", () => {
  it("uses a longer fence when the text holds backticks", () => {
    expect(markdownCode("a`b")).toBe("``a`b``");
    expect(markdownCode("`x`")).toBe("`` `x` ``");
    expect(markdownCode("gov-a")).toBe("`gov-a`");
  });
});

describe("mermaidLabel and mermaidId", () => {
  it("turns Mermaid markup characters into entities", () => {
    expect(mermaidLabel('a"b]c[d(e)f|g<h>')).toBe("a#34;b#93;c#91;d#40;e#41;f#124;g#60;h#62;");
  });

  it("gives distinct safe ids to distinct policy ids", () => {
    expect(mermaidId("site", "gov-a")).toBe("site_gov_a");
    expect(mermaidId("site", "a.b")).not.toBe(mermaidId("site", "a-b"));
  });
});
