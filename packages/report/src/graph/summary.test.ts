import { parsedFullPolicy } from "../testing/fixtures";
import { DETAIL_LIMIT, dependencySummaryGraph, detailed, topologySummaryGraph } from "./summary";

/** The full test policy with enough extra standard-tier services to pass the detail limit. */
const large = () =>
  parsedFullPolicy((policy) => {
    for (let index = 0; index < DETAIL_LIMIT; index++) {
      policy.services[`batch-${index}`] = {
        tier: "standard",
        strategy: "warm-standby",
        sites: index % 2 === 0 ? ["site-c", "site-a"] : ["site-a", "site-c"],
        capacity: { required: 1 },
        traffic: { method: "dns-failover" },
        data: { mode: "backup", every: "6h", restoreTime: "1h" },
        dependsOn: index < 5 ? [{ supplier: "payments-switch", hard: false }] : ["db"],
      };
    }
  });

describe("summary diagrams", () => {
  it("are used above the detail limit only", () => {
    expect(detailed(parsedFullPolicy())).toBe(true);
    expect(detailed(large())).toBe(false);
  });

  it("draws the topology as tiers against regions, counting services by role", () => {
    const graph = topologySummaryGraph(large());
    expect(graph.nodes.map((node) => [node.id, node.detail])).toEqual([
      ["tier:critical", "2 services"],
      ["tier:standard", "41 services"],
      ["region:outscale/eu-west-2", "2 sites · FR"],
      ["region:aws/eu-west-3", "1 site · FR"],
    ]);
    expect(graph.edges.map((edge) => [edge.from, edge.to, edge.kind, edge.label])).toEqual([
      ["tier:critical", "region:outscale/eu-west-2", "primary", "critical: 1 primary, 2 active, 1 standby"],
      ["tier:standard", "region:aws/eu-west-3", "primary", "standard: 21 primary, 20 standby"],
      ["tier:standard", "region:outscale/eu-west-2", "primary", "standard: 20 primary, 20 standby"],
    ]);
  });

  it("draws dependencies as tiers against supplier groups, hard and soft counted apart", () => {
    const graph = dependencySummaryGraph(large());
    expect(graph.nodes.map((node) => node.id)).toEqual([
      "tier:critical",
      "tier:standard",
      "suppliers:critical",
      "suppliers:important",
    ]);
    expect(graph.edges.map((edge) => [edge.from, edge.to, edge.kind, edge.label])).toEqual([
      ["tier:critical", "tier:critical", "hard", "1 hard"],
      ["tier:critical", "suppliers:critical", "hard", "1 hard"],
      ["tier:standard", "tier:critical", "hard", "35 hard, 1 soft"],
      ["tier:standard", "suppliers:critical", "soft", "5 soft"],
    ]);
  });
});
