import { parsedFullPolicy } from "../testing/fixtures";
import { set } from "../testing/mutate";
import { dependencyGraph } from "./dependencies";
import { recoveryOrder } from "./recovery-order";
import { tierRanks } from "./tiers";
import { topologyGraph } from "./topology";

describe("topologyGraph", () => {
  it("groups workload sites by provider and region, leaves offices out, and links services to their sites", () => {
    const graph = topologyGraph(parsedFullPolicy());
    expect(graph.groups).toEqual([
      { id: "provider:outscale", label: "3DS Outscale" },
      { id: "region:outscale/eu-west-2", label: "eu-west-2", parent: "provider:outscale" },
      { id: "provider:aws", label: "AWS" },
      { id: "region:aws/eu-west-3", label: "eu-west-3", parent: "provider:aws" },
    ]);
    expect(graph.nodes.map((node) => node.id)).not.toContain("site:hq");
    expect(graph.membership.get("site:site-a")).toBe("region:outscale/eu-west-2");
    expect(graph.edges.map((edge) => [edge.from, edge.to, edge.kind])).toEqual([
      ["service:api", "site:site-a", "primary"],
      ["service:api", "site:site-b", "standby"],
      ["service:db", "site:site-a", "active"],
      ["service:db", "site:site-b", "active"],
      ["service:reports", "site:site-c", "primary"],
    ]);
  });

  it("numbers failover sites only when there are several", () => {
    const graph = topologyGraph(parsedFullPolicy(set("services.api.sites", ["site-a", "site-b", "site-c"])));
    expect(graph.edges.filter((edge) => edge.from === "service:api").map((edge) => edge.label)).toEqual([
      undefined,
      "failover 1",
      "failover 2",
    ]);
  });
});

describe("dependencyGraph", () => {
  it("draws hard and soft dependencies and supplier alternates", () => {
    const graph = dependencyGraph(parsedFullPolicy());
    expect(graph.edges.map((edge) => [edge.from, edge.to, edge.kind])).toEqual([
      ["service:api", "service:db", "hard"],
      ["service:api", "supplier:payments-switch", "hard"],
      ["service:reports", "service:db", "soft"],
      ["supplier:payments-switch", "supplier:backup-switch", "alternate"],
    ]);
    expect(graph.legend.map((entry) => entry.kind)).toEqual(["hard", "soft", "alternate"]);
  });
});

describe("recoveryOrder", () => {
  it("brings hard dependencies back first, then the strictest tier, then policy order", () => {
    expect(recoveryOrder(parsedFullPolicy()).map((step) => [step.wave, step.service, step.after])).toEqual([
      [1, "db", []],
      [1, "reports", []],
      [2, "api", ["db"]],
    ]);
  });

  it("puts services in a dependency loop in a last wave, marked", () => {
    const policy = parsedFullPolicy(set("services.db.dependsOn", ["api"]));
    const steps = recoveryOrder(policy);
    expect(steps.filter((step) => step.inCycle).map((step) => step.service)).toEqual(["api", "db"]);
    expect(steps.find((step) => step.service === "reports")?.wave).toBe(1);
  });
});

describe("tierRanks", () => {
  it("ranks tiers by RTO, then RPO, then MTPD", () => {
    const policy = parsedFullPolicy((p) => {
      p.tiers.fast = { rto: "15m", rpo: "0s", mtpd: "1h" };
    });
    expect([...tierRanks(policy).entries()]).toEqual([
      ["fast", 0],
      ["critical", 1],
      ["standard", 2],
    ]);
  });
});
