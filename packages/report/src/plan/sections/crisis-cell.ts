import { duration, listOrDash } from "../../text/format";
import { callout, code, facts, paragraph, subsection, table, toned } from "../blocks";
import type { PlanInputs } from "../inputs";
import type { Section } from "../model";

/** (b, c) The crisis cell: roles and deputies, contacts, channels, cadence; and who owns each service. */
export function crisisCellSection({ policy }: PlanInputs): Section {
  const cell = policy.crisisCell;
  const owners = Object.entries(policy.services).map(([id, service]) => [
    code(id),
    service.owner ? service.owner : toned("no owner declared", "warn"),
    service.sites.length < 2
      ? "none: one site only"
      : service.traffic.method === "manual"
        ? "crisis cell decides the failover"
        : "automatic failover",
  ]);
  return {
    id: "crisis-cell",
    title: "Crisis cell, roles and contacts",
    covers: ["b", "c", "4.3", "art11"],
    blocks: [
      ...(cell
        ? [
            paragraph(
              "The crisis cell decides, coordinates and communicates. It convenes within the time below; that time is also the decision time of every manual failover in the runbooks.",
            ),
            facts([
              ["Convenes within", duration(cell.assembleWithin)],
              ["Meets", cell.cadence ?? "cadence not declared"],
              ["Communication channels", listOrDash(cell.channels)],
            ]),
            table(
              ["Role", "Primary", "Deputy", "Email", "Phone"],
              cell.roles.map((role) => [
                role.role,
                role.primary,
                role.deputy ?? toned("no deputy", "warn"),
                role.email ?? "—",
                role.phone ?? "—",
              ]),
            ),
          ]
        : [
            callout(
              "warn",
              "No crisis cell",
              "The policy declares no crisis cell: nobody is named to decide manual failovers, to communicate or to stand the plan down. Declare crisisCell in the policy.",
            ),
          ]),
      subsection("service-owners", "Service owners", [
        paragraph("Service owners carry out the technical steps of the runbooks for their services."),
        table(["Service", "Owner", "Failover"], owners),
      ]),
    ],
  };
}
