import { duration } from "../../text/format";
import { callout, code, codes, list, paragraph, ref, subsection, table, text } from "../blocks";
import type { PlanInputs } from "../inputs";
import type { Section, Text } from "../model";

/** (d) When the plan is activated and when it is stood down. */
export function activationSection({ policy }: PlanInputs): Section {
  const services = Object.entries(policy.services);
  const automatic = services.filter(([, service]) => service.traffic.method !== "manual" && service.sites.length > 1);
  const manual = services.filter(([, service]) => service.traffic.method === "manual");
  const single = services.filter(([, service]) => service.sites.length === 1);
  const cell = policy.crisisCell;
  const leader = cell?.roles[0];
  const decider: Text = leader
    ? text("the crisis cell, led by the ", { strong: leader.role }, ` (${leader.primary})`)
    : "the policy owner";

  const triggers: Text[] = [
    text(
      "a health check of a service fails: automatic services fail over at once (below), and the alarm goes to ",
      decider,
    ),
    text(
      "a site, region, provider or supplier is lost or at risk: the matching ",
      ref("runbooks", "runbook"),
      " starts",
    ),
    ...policy.stages.map(
      (stage): Text =>
        `a trigger of stage ${stage.level} (${stage.name}) occurs: ${stage.triggers.length > 0 ? stage.triggers.join("; ") : "no trigger declared"}`,
    ),
  ];

  return {
    id: "activation",
    title: "Activation and deactivation",
    covers: ["d"],
    blocks: [
      subsection("activation-conditions", "Conditions for activation", [
        paragraph("The plan is activated when any of these occurs:"),
        list(triggers),
        table(
          ["Service", "Activation", "Detection time", "Decision time"],
          [
            ...automatic.map(([id, service]) => [
              code(id),
              `automatic (${service.traffic.method})`,
              duration(service.traffic.healthCheck.interval * service.traffic.healthCheck.failureThreshold),
              "none",
            ]),
            ...manual.map(([id, service]) => [
              code(id),
              "manual: crisis cell decision",
              duration(service.traffic.healthCheck.interval * service.traffic.healthCheck.failureThreshold),
              cell ? duration(cell.assembleWithin) : "no crisis cell",
            ]),
          ],
          { numeric: [2, 3], empty: "No service can fail over." },
        ),
        ...(single.length > 0
          ? [
              callout(
                "warn",
                "Services on one site",
                "These services have a single site and cannot fail over; losing that site stops them until it returns: ",
                codes(single.map(([id]) => id)),
                ".",
              ),
            ]
          : []),
      ]),
      subsection("deactivation-conditions", "Conditions for deactivation", [
        paragraph("The plan is stood down by ", decider, " when all of these hold:"),
        list([
          "the lost sites, providers or suppliers are back and have been healthy for one full crisis-cell cycle",
          text(
            "every service has returned to its primary site or been confirmed on its failover site (see ",
            ref("reporting", "Reporting and return to normal operations"),
            ")",
          ),
          "no stage trigger holds any more: stages are stood down one level at a time, from the highest",
          "no customer commitment is still breached, and affected customers have been told",
        ]),
        callout(
          "info",
          "Derived rule",
          "The policy format has no field for stand-down criteria; the conditions above are Relais' standard ones, built from the policy's crisis cell, stages and commitments. Add any organisation-specific condition to the stages' triggers.",
        ),
      ]),
    ],
  };
}
