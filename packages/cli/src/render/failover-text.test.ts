import type { FailoverReport } from "@relais/failover";
import { createStyle } from "../output";
import { followUp, renderFailoverText } from "./failover-text";

const step = (order: number, status: FailoverReport["steps"][number]["status"], action = "StartInstances") => ({
  order,
  service: "payments-api",
  site: "gov-b",
  action,
  resources: ["i-b1"],
  status,
  reason: `reason ${order}`,
});

describe("the failover text", () => {
  test("a plan says nothing was changed, lists each step with what it touches and why, then the follow-up", () => {
    const text = renderFailoverText(
      { site: "gov-a", steps: [step(1, "planned"), step(2, "skipped", "manual")], journal: null },
      false,
      createStyle(false),
    );
    expect(text.split("\n")).toEqual([
      "Failover plan for the loss of gov-a: nothing was changed (add --execute to carry it out)",
      "",
      "  1  · planned  payments-api  gov-b  StartInstances",
      "     i-b1",
      "     reason 1",
      "  2  - skipped  payments-api  gov-b  manual",
      "     i-b1",
      "     reason 2",
      "",
      "Then keep the failover across the next deployment (from the stack's program):",
      "  pulumi config set relais:evacuate gov-a",
      "  pulumi up",
    ]);
  });

  test("a run counts the outcomes, names the journal, and says how to resume what is left", () => {
    const report: FailoverReport = { site: "gov-a", steps: [step(1, "done"), step(2, "failed")], journal: "j.jsonl" };
    const text = renderFailoverText(report, true, createStyle(false));
    expect(text).toContain(
      "Failover after the loss of gov-a: 1 done, 0 already so, 1 failed, 0 skipped · journal j.jsonl",
    );
    expect(text).toContain("Once fixed, resume with the same journal: --journal j.jsonl (1 step left)");
  });

  test("several lost sites: relais:evacuate takes one, and the follow-up says so", () => {
    expect(followUp({ site: "gov-a, gov-b", steps: [step(1, "done")], journal: null })[1]).toBe(
      "  pulumi config set relais:evacuate SITE   (one of gov-a, gov-b; it takes one site)",
    );
  });
});
