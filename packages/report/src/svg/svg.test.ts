import { topologyGraph } from "../graph/topology";
import { parsedFullPolicy } from "../testing/fixtures";
import { set } from "../testing/mutate";
import { layoutGraph, nodeSize } from "./elk";
import { renderGraphSvg } from "./graph";
import { renderHeatmapSvg } from "./heatmap";
import { textWidth } from "./text-metrics";

describe("layoutGraph (ELK)", () => {
  it("places every node inside its group and no two nodes on top of each other", async () => {
    const layout = await layoutGraph(topologyGraph(parsedFullPolicy()));
    expect(layout.nodes).toHaveLength(6);
    const graph = topologyGraph(parsedFullPolicy());
    for (const node of layout.nodes) {
      const group = layout.groups.find((candidate) => candidate.group.id === graph.membership.get(node.node.id));
      if (group) {
        expect(node.x).toBeGreaterThanOrEqual(group.x);
        expect(node.y).toBeGreaterThanOrEqual(group.y);
        expect(node.x + node.width).toBeLessThanOrEqual(group.x + group.width);
        expect(node.y + node.height).toBeLessThanOrEqual(group.y + group.height);
      }
      for (const other of layout.nodes) {
        if (other === node) continue;
        const apart =
          node.x + node.width <= other.x ||
          other.x + other.width <= node.x ||
          node.y + node.height <= other.y ||
          other.y + other.height <= node.y;
        expect(apart).toBe(true);
      }
    }
    expect(layout.edges).toHaveLength(5);
    for (const edge of layout.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
  });

  it("gives the same coordinates every time", async () => {
    const graph = topologyGraph(parsedFullPolicy());
    expect(JSON.stringify(await layoutGraph(graph))).toBe(JSON.stringify(await layoutGraph(graph)));
  });

  it("sizes a node to fit its label", () => {
    const size = nodeSize({
      id: "x",
      kind: "service",
      label: "a-rather-long-service-name",
      detail: "critical · warm-standby",
    });
    expect(size.width).toBeGreaterThan(textWidth("a-rather-long-service-name", 13, true));
    expect(size.height).toBe(46);
  });
});

describe("renderGraphSvg", () => {
  it("escapes labels and prefixes ids with the diagram id", async () => {
    const graph = topologyGraph(parsedFullPolicy(set("sites.site-c.location", 'Room <b>"1"</b> & co')));
    const svg = renderGraphSvg("topo", "Topology <test>", await layoutGraph(graph));
    expect(svg).toContain("Room &lt;b&gt;&quot;1&quot;&lt;/b&gt; &amp; co");
    expect(svg).not.toContain("<b>");
    expect(svg).toContain('id="topo-arrow-primary"');
    expect(svg).toContain('<title id="topo-title">Topology &lt;test&gt;</title>');
    expect(svg.match(/<g class="node /g)).toHaveLength(6);
  });
});

describe("renderHeatmapSvg", () => {
  it("draws one coloured cell per row and column, with tooltips", () => {
    const svg = renderHeatmapSvg("heat", "Matrix", {
      corner: "Scenario",
      rows: [
        { id: "s1", label: "s1" },
        { id: "s2", label: "s2" },
      ],
      columns: [{ id: "api", label: "api <x>" }],
      cells: [
        [{ status: "recovered", text: "5m", title: "api in s1: recovered" }],
        [{ status: "down", text: "down", title: "api in s2: down" }],
      ],
    });
    expect(svg.match(/<g class="cell /g)).toHaveLength(2);
    expect(svg).toContain('class="cell cell-recovered"');
    expect(svg).toContain('fill="#fca5a5"');
    expect(svg).toContain("<title>api in s2: down</title>");
    expect(svg).toContain("api &lt;x&gt;");
  });
});
