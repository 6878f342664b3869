import { topologyGraph } from "../graph/topology";
import { parsedFullPolicy } from "../testing/fixtures";
import { set } from "../testing/mutate";
import { HOSTILE, planOf } from "../testing/plan";
import { renderHtml } from "./html";
import { githubSlug, renderMarkdown } from "./markdown";
import { mermaidFlowchart } from "./mermaid";

const hostile = () =>
  planOf((p) => {
    p.metadata.description = HOSTILE;
    p.services.api.description = HOSTILE;
    p.sites["site-c"].location = HOSTILE;
    p.suppliers["payments-switch"].name = HOSTILE;
  });

describe("renderMarkdown", () => {
  it("numbers sections and links the contents to the anchors GitHub and GitLab generate", () => {
    const markdown = renderMarkdown(planOf());
    expect(markdown).toContain("## 3. Business impact analysis");
    expect(markdown).toContain("3. [Business impact analysis](#3-business-impact-analysis)");
    expect(markdown).toContain("[11. Crisis cell, roles and contacts](#11-crisis-cell-roles-and-contacts)");
  });

  it("links only to headings that exist", () => {
    const markdown = renderMarkdown(planOf());
    const seen = new Map<string, number>();
    const anchors = new Set<string>();
    for (const line of markdown.split("\n").filter((candidate) => /^#{1,6} /.test(candidate))) {
      const base = githubSlug(line.replace(/^#+ /, "").replace(/\\/g, ""));
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      anchors.add(count === 0 ? base : `${base}-${count}`);
    }
    const links = [...markdown.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThan(30);
    for (const link of links) expect(anchors).toContain(link);
  });

  it("draws the topology and dependencies as Mermaid blocks", () => {
    const markdown = renderMarkdown(planOf());
    expect(markdown.match(/```mermaid\nflowchart LR\n/g)).toHaveLength(2);
  });

  it("escapes policy text: no raw HTML, no emphasis, no table break, no heading", () => {
    const markdown = renderMarkdown(hostile());
    expect(markdown).not.toContain("<script>");
    expect(markdown).toContain("&lt;script&gt;");
    expect(markdown).toContain("\\| \\*bold\\* \\[link\\](http://e.vil) \\`code\\` &amp; co # heading");
    expect(markdown).not.toMatch(/^# heading/m);
    expect(markdown).toContain("*Evil &lt;script&gt;");
  });

  it("keeps table rows to their column count whatever the text", () => {
    const markdown = renderMarkdown(hostile());
    const tables = markdown.split("\n\n").filter((block) => block.startsWith("| "));
    for (const table of tables) {
      const widths = table.split("\n").map((line) => line.split(/(?<!\\)\|/).length);
      expect(new Set(widths).size).toBe(1);
    }
  });
});

describe("mermaidFlowchart", () => {
  it("uses positional ids and escaped labels, so policy text never becomes Mermaid syntax", () => {
    const graph = topologyGraph(parsedFullPolicy(set("sites.site-c.location", 'x"] --> evil["y')));
    const chart = mermaidFlowchart(graph);
    expect(chart).toContain('n1["api<br/><small>critical · warm-standby</small>"]');
    expect(chart).toContain("x#34;#93; --#62; evil#91;#34;y");
    expect(chart).toContain("n1 ==> n4");
    expect(chart).toContain("n1 -.-> n5");
    expect(chart).toMatch(/subgraph g1\["3DS Outscale"\]\n {4}subgraph g2\["eu-west-2"\]/);
    expect(chart).toContain(
      "  linkStyle 0,4 stroke:#1d4ed8,stroke-width:2.5px\n  linkStyle 1 stroke:#64748b\n  linkStyle 2,3 stroke:#0e7490",
    );
  });
});

describe("githubSlug", () => {
  it.each([
    ["3. Business impact analysis", "3-business-impact-analysis"],
    ["11. Crisis cell, roles and contacts", "11-crisis-cell-roles-and-contacts"],
    ["Runbook: zone-a-loss", "runbook-zone-a-loss"],
  ])("%s → %s", (heading, slug) => {
    expect(githubSlug(heading)).toBe(slug);
  });
});

describe("renderHtml", () => {
  it("is one self-contained file: no script, no external resource, a CSP that forbids them", async () => {
    const html = await renderHtml(planOf());
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(http|src="http/i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain("@media print");
    expect(html).toContain("break-before: page");
  });

  it("inlines the topology, dependency and heat-map SVGs", async () => {
    const html = await renderHtml(planOf());
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="diagram" id="topology-diagram"');
    expect(html).toContain('id="dependency-diagram"');
    expect(html).toContain('class="diagram heatmap" id="scenario-heatmap"');
  });

  it("escapes every policy string", async () => {
    const html = await renderHtml(hostile());
    expect(html).not.toContain("<script>");
    expect(html).toContain("Evil &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it("gives every element a distinct id, and every link a target", async () => {
    const html = await renderHtml(planOf());
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(target);
  });

  it("gives the same bytes for the same document", async () => {
    expect(await renderHtml(planOf())).toBe(await renderHtml(planOf()));
  });
});
