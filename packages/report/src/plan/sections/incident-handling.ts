import type { ContinuityPolicy } from "@relais/policy";
import { listOrDash } from "../../text/format";
import { codes, paragraph, subsection, table, toned } from "../blocks";
import type { PlanInputs } from "../inputs";
import type { Cell, Section } from "../model";
import { notificationBlocks } from "./notifications";

/** The interfaces between continuity and incident handling, in both directions, and the notification deadlines. */
export function incidentHandlingSection({ policy }: PlanInputs): Section {
  const cell = policy.crisisCell;
  const crisisCell = cell ? `crisis cell (${listOrDash(cell.channels)})` : "the policy owner (no crisis cell declared)";
  const scenarios = (filter: (scenario: ContinuityPolicy["scenarios"][number]) => boolean) =>
    policy.scenarios.filter(filter).map((scenario) => scenario.id);
  const infrastructure = scenarios((scenario) =>
    ["site-loss", "zone-loss", "region-loss", "provider-loss"].includes(scenario.kind),
  );
  const supplier = scenarios((scenario) => scenario.kind === "supplier-loss");
  const cyber = scenarios((scenario) => scenario.causes.includes("cyberattack"));
  const staff = scenarios((scenario) => scenario.kind === "staff-unavailability");
  const rows: Cell[][] = [
    [
      "A service health check fails",
      "monitoring (health checks and their alarms)",
      `service owner and ${crisisCell}`,
      "automatic failover; manual services wait for the crisis cell",
    ],
    [
      "A site, zone, region or provider is lost",
      "provider status, monitoring",
      crisisCell,
      scenarioCell(infrastructure),
    ],
    ["A supplier fails or must be exited", "supplier, supplier manager", crisisCell, scenarioCell(supplier)],
    [
      "A security incident (cyberattack)",
      "incident response team",
      crisisCell,
      scenarioCell(cyber, "no declared scenario has the cause cyberattack"),
    ],
    ["Staff unavailable", "human resources", crisisCell, scenarioCell(staff)],
  ];
  return {
    id: "incident-handling",
    title: "Interfaces with incident handling",
    covers: ["c", "4.3", "art11"],
    blocks: [
      paragraph(
        "Incident handling detects, analyses, contains and notifies; continuity keeps the services running. They hand over to each other in both directions.",
      ),
      subsection("incident-to-continuity", "From incident handling to continuity", [
        table(["Signal", "Raised by", "Goes to", "Continuity response"], rows),
      ]),
      subsection("continuity-to-incident", "From continuity to incident handling", [
        paragraph(
          "Every activation of this plan is also an incident: the crisis cell opens one with incident handling, which keeps the evidence (logs, health-check history, provider notices) before lost sites are rebuilt. ",
          "A failover whose cause is unknown is treated as a possible security incident until shown otherwise.",
        ),
        paragraph(
          "Incident handling owns regulatory notifications. The crisis cell gives it the continuity facts: services affected, recovery times achieved against objectives, data lost, commitments breached.",
        ),
      ]),
      subsection("notifications", "Notification deadlines", notificationBlocks(policy)),
    ],
  };
}

function scenarioCell(ids: readonly string[], none = "no declared scenario"): Cell {
  return ids.length === 0 ? toned(none, "warn") : ["runbooks: ", ...codes(ids)];
}
