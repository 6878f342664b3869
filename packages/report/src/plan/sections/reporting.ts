import type { ContinuityPolicy, ServiceSpec } from "@relais/policy";
import { duration, listOrDash } from "../../text/format";
import { code, facts, list, paragraph, subsection, table } from "../blocks";
import type { PlanInputs } from "../inputs";
import type { Cell, Section } from "../model";

/** (h) Reporting during a crisis, and resuming normal operations from temporary measures (failback). */
export function reportingSection({ policy }: PlanInputs): Section {
  const cell = policy.crisisCell;
  const customers = [...new Set(Object.values(policy.commitments).map((commitment) => commitment.customer))];
  const failover = Object.entries(policy.services).filter(([, service]) => service.sites.length > 1);
  return {
    id: "reporting",
    title: "Reporting and return to normal operations",
    covers: ["h", "c"],
    blocks: [
      subsection("crisis-reporting", "Reporting during the crisis", [
        facts([
          [
            "Situation reports",
            cell
              ? `at every crisis-cell meeting (${cell.cadence ?? "cadence not declared"})`
              : "no crisis cell declared",
          ],
          ["Channels", cell ? listOrDash(cell.channels) : "—"],
          ["Reported by", cell ? listOrDash(cell.roles.map((role) => `${role.role} (${role.primary})`)) : "—"],
          ["Customers to inform", listOrDash(customers)],
        ]),
        paragraph(
          "Each report states the scenario, the stage, each impacted service's status against its objectives, the commitments at risk or breached, and the next decision with its time.",
        ),
      ]),
      subsection("failback", "Resuming from temporary measures", [
        paragraph(
          "A failover is a temporary measure: the service runs on a standby site. Return it to its primary site in the order of recovery, one service at a time, once the lost site is healthy:",
        ),
        table(
          ["Service", "Temporary state", "Before switching back", "Switch back"],
          failover.map(([id, service]): Cell[] => [
            code(id),
            temporaryState(service),
            beforeSwitch(service),
            switchBack(policy, service),
          ]),
          { empty: "No service has a standby site." },
        ),
        paragraph("Then stand the plan down:"),
        list(
          [
            "scale each failover site back to its standby capacity",
            "stand down the stages one level at a time, from the highest",
            "tell the customers of the commitments that were at risk that service is back to normal",
            "write the post-incident review: timeline, objectives met or missed, and changes to this policy and its exercises",
          ],
          true,
        ),
      ]),
    ],
  };
}

function temporaryState(service: ServiceSpec): string {
  const [primary, ...others] = service.sites;
  if (service.strategy === "active-active") return `runs on the surviving sites of ${service.sites.join(", ")}`;
  return `runs on ${others[0] ?? primary} instead of ${primary}`;
}

function beforeSwitch(service: ServiceSpec): string {
  const [primary, standby] = service.sites;
  const data = service.data;
  switch (data.mode) {
    case "sync-replication":
      return `confirm ${primary} has rejoined synchronous replication`;
    case "async-replication":
      return `replicate back from ${standby} to ${primary} until the lag is under ${duration(data.lag)}`;
    case "backup":
      return `back up ${standby} and restore the copy on ${primary}`;
    case "none":
      return `nothing is copied: data written on ${standby} stays there unless moved by hand`;
  }
}

function switchBack(policy: ContinuityPolicy, service: ServiceSpec): string {
  const primary = service.sites[0];
  const { method, ttl } = service.traffic;
  if (service.strategy === "active-active") return "bring each returning site back into rotation once it has caught up";
  switch (method) {
    case "dns-failover":
    case "dns-weighted":
      return `DNS moves traffic back to ${primary} as soon as its health check passes (TTL ${duration(ttl)}): keep it failing until the data is back`;
    case "load-balancer":
      return `put ${primary} back behind the load balancer`;
    case "manual":
      return policy.crisisCell ? "the crisis cell decides and switches traffic back" : "switch traffic back by hand";
  }
}
