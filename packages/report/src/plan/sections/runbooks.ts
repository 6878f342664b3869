import type { ScenarioSpec } from "@relais/policy";
import type { ScenarioResult } from "@relais/simulate";
import { duration, listOrDash } from "../../text/format";
import { callout, code, codes, facts, paragraph, subsection, table, toned } from "../blocks";
import type { PlanInputs } from "../inputs";
import type { Block, Cell, Section } from "../model";
import { describeLoss, rpoVersusTarget, rtoVersusTarget, statusTone } from "../scenario-text";

/** (d, e) One runbook per declared scenario: the timeline of steps and owners, then the expected outcome. */
export function runbooksSection({ policy, declared }: PlanInputs): Section {
  const specs = new Map(policy.scenarios.map((spec) => [spec.id, spec]));
  const anchors = uniqueAnchors(declared.map((result) => result.id));
  return {
    id: "runbooks",
    title: "Runbooks",
    covers: ["d", "e", "f", "art11"],
    blocks: [
      paragraph(
        "One runbook per declared scenario. Times are counted from the event (T+0). Technical steps belong to the service owners; ",
        "decisions belong to the crisis cell. The outcome table is what the estimate model expects if the runbook is followed.",
      ),
      ...(declared.length === 0
        ? [
            callout(
              "warn",
              "No declared scenario",
              "The policy declares no scenario, so there is no runbook. Declare the disruptions the plan must survive under scenarios.",
            ),
          ]
        : declared.map((result, index) => runbook(result, specs.get(result.id), anchors[index]))),
    ],
  };
}

function runbook(result: ScenarioResult, spec: ScenarioSpec | undefined, anchor: string): Block {
  const impacted = result.services.filter((service) => service.status !== "unaffected");
  const breached = result.commitments.filter((commitment) => commitment.breached);
  const blocks: Block[] = [
    facts([
      ["Kind", result.kind],
      ["Takes out", describeLoss(spec, result)],
      ...(spec?.description ? ([["Description", spec.description]] as const) : []),
      ...(spec && spec.causes.length > 0 ? ([["Causes", listOrDash(spec.causes)]] as const) : []),
      ...(spec?.duration !== undefined ? ([["Expected duration", duration(spec.duration)]] as const) : []),
      ...(spec?.stage !== undefined ? ([["Opens stage", String(spec.stage)]] as const) : []),
    ]),
    table(
      ["At", "Action", "Owner"],
      result.runbook.map((step) => [`T+${duration(step.at)}`, step.action, step.owner]),
      { numeric: [0], empty: "No step: nothing in this scenario needs an action." },
    ),
    table(
      ["Service", "Status", "Fails over to", "RTO estimate / target", "RPO estimate / target"],
      impacted.map((service): Cell[] => [
        code(service.id),
        toned(service.status, statusTone(service.status)),
        service.failoverSite ? code(service.failoverSite) : "—",
        rtoVersusTarget(service),
        rpoVersusTarget(service),
      ]),
      { numeric: [3, 4], empty: "No service is affected." },
    ),
  ];
  if (breached.length > 0) {
    blocks.push(
      callout(
        "bad",
        "Commitments breached",
        codes(breached.map((commitment) => commitment.id)),
        `: ${breached.flatMap((commitment) => commitment.reasons).join("; ")}`,
      ),
    );
  }
  for (const finding of result.findings) {
    blocks.push(callout(finding.severity === "error" ? "bad" : "warn", finding.code, finding.message));
  }
  return subsection(anchor, `Runbook: ${result.id}`, blocks);
}

/** Anchors for runbooks: `runbook-<slug>`, made unique when two scenario ids give the same slug. */
export function uniqueAnchors(ids: readonly string[]): string[] {
  const used = new Set<string>();
  return ids.map((id) => {
    const base = `runbook-${slug(id)}`;
    let anchor = base;
    for (let index = 2; used.has(anchor); index++) anchor = `${base}-${index}`;
    used.add(anchor);
    return anchor;
  });
}

/** An anchor-safe form of a scenario id (declared ids are free text). */
export function slug(id: string): string {
  return (
    id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "scenario"
  );
}
