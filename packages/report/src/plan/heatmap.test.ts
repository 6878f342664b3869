import { DETAIL_LIMIT } from "../graph/summary";
import { parsedFullPolicy } from "../testing/fixtures";
import { buildHeatmap } from "./heatmap";
import { collectPlanInputs } from "./inputs";

const inputsOf = (policy = parsedFullPolicy()) => collectPlanInputs(policy, { today: "2026-11-28", source: "x" });

describe("buildHeatmap", () => {
  it("has a cell per scenario and service, scenarios as rows when they are more numerous", () => {
    const inputs = inputsOf();
    const heatmap = buildHeatmap(inputs);
    expect(heatmap.corner).toBe("Scenario");
    expect(heatmap.columns.map((column) => column.label)).toEqual([
      "api (RTO 15m)",
      "db (RTO 15m)",
      "reports (RTO 1d)",
    ]);
    expect(heatmap.rows.map((row) => row.id)).toEqual(inputs.matrix.scenarios.map((scenario) => scenario.id));
    const zoneLoss = heatmap.cells[0];
    expect(zoneLoss.map((cell) => [cell.status, cell.text])).toEqual([
      ["recovered", "5m30s"],
      ["recovered", "1m30s"],
      ["unaffected", "—"],
    ]);
    expect(zoneLoss[0].title).toBe(
      "api in zone-a-loss: recovered; RTO 5m30s / 15m; RPO 30s / 1m; fails over to site-b",
    );
  });

  it("groups services by tier above the detail limit, coloured by the worst status, without unaffected scenarios", () => {
    const policy = parsedFullPolicy((input) => {
      for (let index = 0; index < DETAIL_LIMIT; index++) {
        input.services[`batch-${index}`] = {
          tier: "standard",
          strategy: "backup-restore",
          sites: ["site-c"],
          capacity: { required: 1 },
          traffic: { method: "manual" },
          data: { mode: "backup", every: "6h", restoreTime: "1h" },
        };
      }
    });
    const inputs = inputsOf(policy);
    const heatmap = buildHeatmap(inputs);
    expect(heatmap.columns.map((column) => column.label)).toEqual(["critical (2, RTO 15m)", "standard (41, RTO 1d)"]);
    const rows = heatmap.rows.map((row) => row.id);
    expect(rows).toContain("site-loss:site-c");
    expect(rows).not.toContain("supplier-outage:backup-switch");
    const siteC = heatmap.cells[rows.indexOf("site-loss:site-c")];
    expect(siteC.map((cell) => [cell.status, cell.text])).toEqual([
      ["unaffected", "—"],
      ["down", "41 down"],
    ]);
    expect(siteC[1].title).toMatch(
      /^tier standard in site-loss:site-c: 41 down; reports down, batch-0 down, .*, and 33 more$/,
    );
  });
});
