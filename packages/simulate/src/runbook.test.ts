import type { ScenarioSpec } from "@relais/policy";
import { simulate } from "./simulate";
import { policyOf, service } from "./testing/fixtures";

const policy = () =>
  policyOf(
    {
      api: service({ owner: "api-team" }),
      batch: service({
        tier: "standard",
        owner: "batch-team",
        strategy: "backup-restore",
        sites: ["a", "c"],
        capacity: { required: 2 },
        traffic: { method: "manual", healthCheck: { interval: "10s", failureThreshold: 3 } },
        data: { mode: "backup", every: "1h", restoreTime: "1h" },
        commitments: ["sla"],
      }),
    },
    {
      commitments: { sla: { customer: "Merchants", maxOutage: "1h" } },
      stages: [{ level: 1, name: "Vigilance", actions: ["check contacts", "freeze changes"] }],
      crisisCell: {
        assembleWithin: "30m",
        channels: ["phone-bridge"],
        roles: [
          { role: "crisis-director", primary: "Jane Doe", deputy: "John Roe" },
          { role: "communications", primary: "Ana Lima", deputy: "Marc Petit" },
        ],
      },
    },
  );

const fire: ScenarioSpec = { id: "fire", kind: "site-loss", sites: ["a"], causes: ["fire"], stage: 1, duration: 7200 };

describe("runbook", () => {
  it("lays out the event, stage, crisis cell, per-service steps and the breach in time order with owners", () => {
    // api: 30s detection, 0 decision, 60s TTL, 4m scale-up. batch: 30s, 30m crisis cell, 0 switch, 1h + 5m restore.
    expect(simulate(policy(), fire).runbook).toEqual([
      { at: 0, action: "Site loss: a (causes: fire; expected to last 2h)", owner: "crisis-director (Jane Doe)" },
      { at: 0, action: "Stage 1 (Vigilance): check contacts", owner: "crisis-director (Jane Doe)" },
      { at: 0, action: "Stage 1 (Vigilance): freeze changes", owner: "crisis-director (Jane Doe)" },
      { at: 30, action: "api: loss of a detected by health checks (3 × 10s)", owner: "api-team" },
      { at: 30, action: "api: dns-failover fails over to b automatically", owner: "api-team" },
      { at: 30, action: "batch: loss of a detected by health checks (3 × 10s)", owner: "batch-team" },
      { at: 90, action: "api: traffic switched to b (DNS TTL 1m)", owner: "api-team" },
      { at: 330, action: "api: scaled up to 4 units at b", owner: "api-team" },
      { at: 1800, action: "Crisis cell convened over phone-bridge", owner: "crisis-director (Jane Doe)" },
      { at: 1830, action: "Decide to fail batch over to c", owner: "crisis-director (Jane Doe)" },
      { at: 1830, action: "batch: traffic switched to c by hand", owner: "batch-team" },
      // The breach is certain once the outage reaches maxOutage, before the restore completes: tell customers then.
      {
        at: 3600,
        action:
          "Tell Merchants that commitment sla is breached (maxOutage reached, 1h after the event): batch is out for 1h35m30s, above maxOutage 1h",
        owner: "communications (Ana Lima)",
      },
      { at: 5730, action: "batch: backup restored and 2 units running at c", owner: "batch-team" },
    ]);
  });

  it("convenes no crisis cell when no manual service is impacted, and lists a down service at its detection", () => {
    const runbook = simulate(policy(), { id: "b-and-c", kind: "site-loss", sites: ["b", "c"], causes: [] }).runbook;
    expect(runbook).toEqual([{ at: 0, action: "Site loss: b, c", owner: "crisis-director (Jane Doe)" }]);
    const down = simulate(policy(), { id: "a-and-b", kind: "site-loss", sites: ["a", "b"], causes: [] }).runbook;
    expect(down[1]).toEqual({
      at: 30,
      action: "api is down (all its sites are lost (a, b)): no recovery until it is restored",
      owner: "api-team",
    });
  });

  it("tells customers of a breach as soon as a serving service is found down, not at maxOutage", () => {
    const runbook = simulate(policy(), { id: "a-and-c", kind: "site-loss", sites: ["a", "c"], causes: [] }).runbook;
    const notice = runbook.findIndex((step) => step.action.startsWith("Tell Merchants"));
    // batch's health check: 3 × 10s.
    expect(runbook[notice]).toEqual({
      at: 30,
      action: "Tell Merchants that commitment sla is breached (batch found down, 30s after the event): batch is down",
      owner: "communications (Ana Lima)",
    });
    expect(runbook[notice - 1].action).toMatch(/^batch is down/);
    const times = runbook.map((step) => step.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("tells customers of a data-loss breach once the failover is detected, when the loss is known", () => {
    const lossy = policyOf(
      { api: service({ owner: "api-team", commitments: ["sla"] }) },
      { commitments: { sla: { customer: "Merchants", maxOutage: "1h", maxDataLoss: "0s" } } },
    );
    const runbook = simulate(lossy, { id: "a", kind: "site-loss", sites: ["a"], causes: [] }).runbook;
    const notice = runbook.find((step) => step.action.startsWith("Tell Merchants"))!;
    // Health check 3 × 10s; the async lag of 30s is lost, above maxDataLoss 0s.
    expect(notice.at).toBe(30);
    expect(notice.action).toContain("(data loss of api known, 30s after the event)");
  });

  it("never places a breach notice after the last step", () => {
    const late = policyOf(
      {
        batch: service({
          owner: "batch-team",
          capacity: { required: 4, standby: 1, scaleUp: "20m" },
          commitments: ["sla"],
        }),
      },
      { commitments: { sla: { customer: "Merchants", maxOutage: "10m" } } },
    );
    const runbook = simulate(late, { id: "a", kind: "site-loss", sites: ["a"], causes: [] }).runbook;
    const last = runbook.at(-1)!;
    expect(last.action).toMatch(/^batch: scaled up/);
    const notice = runbook.find((step) => step.action.startsWith("Tell Merchants"))!;
    expect(notice.at).toBe(600);
    expect(notice.at).toBeLessThanOrEqual(last.at);
  });

  it("switches to the declared alternate at switchover when a supplier is exited", () => {
    const exit = policyOf(
      { api: service({ owner: "api-team", dependsOn: [{ supplier: "cards", hard: true }] }) },
      {
        suppliers: {
          cards: { name: "Cards", criticality: "critical", alternates: ["cards-b"], switchover: "4h" },
          "cards-b": { name: "Cards B", criticality: "important" },
        },
      },
    );
    const runbook = simulate(exit, {
      id: "x",
      kind: "supplier-loss",
      supplier: "cards",
      mode: "exit",
      causes: [],
    }).runbook;
    expect(runbook).toContainEqual({
      at: 14_400,
      action: "Switch from cards to cards-b (Cards B): switchover of 4h done",
      owner: "crisis-director (Jane Doe)",
    });
    // The switch comes before the service that waited for it.
    expect(runbook.map((step) => step.action).slice(1)).toEqual([
      "Switch from cards to cards-b (Cards B): switchover of 4h done",
      "api is back once cards is back",
    ]);
  });

  it("puts a dependency's steps before its dependant's at the same time, and the wait after", () => {
    const chained = policyOf({
      web: service({ sites: ["c", "d"], owner: "web-team", dependsOn: ["db"] }),
      db: service({ owner: "db-team", capacity: { required: 2, standby: 2 }, traffic: { method: "load-balancer" } }),
    });
    const runbook = simulate(chained, { id: "a", kind: "site-loss", sites: ["a"], causes: [] }).runbook;
    expect(runbook.map((step) => [step.at, step.owner])).toEqual([
      [0, "crisis-director (Jane Doe)"],
      [90, "db-team"],
      [90, "db-team"],
      [90, "db-team"],
      [90, "db-team"],
      [90, "web-team"],
    ]);
    expect(runbook.at(-1)?.action).toBe("web is back once db is back");
  });
});
