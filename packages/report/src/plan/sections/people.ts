import { formatPercentage } from "@relais/policy";
import { count, duration, listOrDash, percentage } from "../../text/format";
import { callout, code, facts, paragraph, subsection, table, toned } from "../blocks";
import type { PlanInputs } from "../inputs";
import type { Cell, Section } from "../model";

/** People continuity: remote work, minimum staffing, vulnerable groups, and what each scenario asks of people. */
export function peopleSection({ policy }: PlanInputs): Section {
  const people = policy.people;
  if (!people) {
    return {
      id: "people",
      title: "People continuity",
      nis2: ["g"],
      blocks: [
        callout(
          "warn",
          "People not described",
          "The policy has no people section: remote-work capacity, minimum staffing and vulnerable groups are not planned. Declare people in the policy.",
        ),
      ],
    };
  }
  const offices = Object.entries(policy.sites).filter(([, site]) => site.provider === "office");
  const remote = people.remoteWork;
  const officeRows = offices.map(([id, site]): Cell[] => {
    const share = site.staff === undefined ? undefined : site.staff / people.staff;
    const covered = share === undefined || remote === undefined ? undefined : share <= remote.capacity;
    return [
      code(id),
      site.location ?? "—",
      site.staff === undefined ? "—" : String(site.staff),
      share === undefined ? "—" : formatPercentage(Number(share.toFixed(4))),
      covered === undefined
        ? toned("unknown", "warn")
        : covered
          ? toned("yes", "ok")
          : toned("no: not everyone can work remotely", "bad"),
    ];
  });
  const staffScenarios = policy.scenarios.flatMap((scenario) =>
    scenario.kind === "staff-unavailability" ? [scenario] : [],
  );
  const officeScenarios = policy.scenarios.filter(
    (scenario) =>
      scenario.kind === "site-loss" && scenario.sites.some((site) => policy.sites[site]?.provider === "office"),
  );
  return {
    id: "people",
    title: "People continuity",
    nis2: ["g"],
    blocks: [
      facts([
        ["Staff", count(people.staff, "person", "people")],
        [
          "Minimum staffing",
          people.minimumStaffing === undefined
            ? "not declared"
            : `${percentage(people.minimumStaffing)} (${Math.ceil(people.minimumStaffing * people.staff)} people): below this, operations cannot be kept`,
        ],
        [
          "Remote work",
          remote === undefined
            ? "not declared"
            : `${percentage(remote.capacity)} of staff at once (${Math.floor(remote.capacity * people.staff)} people), proven for ${duration(remote.sustainFor)}`,
        ],
        ["Vulnerable groups", listOrDash(people.vulnerableGroups)],
      ]),
      ...(offices.length > 0
        ? [
            subsection("offices-remote", "Offices and remote work", [
              paragraph(
                "If an office becomes inaccessible, its staff work remotely. This is possible when the office's share of staff is within the remote-work capacity.",
              ),
              table(["Office", "Location", "Staff", "Share of staff", "All can work remotely"], officeRows, {
                numeric: [2, 3],
              }),
            ]),
          ]
        : []),
      subsection("people-scenarios", "Scenarios that affect people", [
        table(
          ["Scenario", "What happens", "Check"],
          [
            ...officeScenarios.map((scenario): Cell[] => {
              const lasts = scenario.duration;
              const proven = remote?.sustainFor;
              const ok = lasts === undefined || proven === undefined ? undefined : lasts <= proven;
              return [
                code(scenario.id),
                `office inaccessible${lasts === undefined ? "" : ` for ${duration(lasts)}`}`,
                ok === undefined
                  ? toned("duration or proven remote-work duration not declared", "warn")
                  : ok
                    ? toned(`within the proven ${duration(proven)} of remote work`, "ok")
                    : toned(`longer than the proven ${duration(proven)} of remote work`, "bad"),
              ];
            }),
            ...staffScenarios.map((scenario): Cell[] => {
              const present = 1 - scenario.absent;
              const minimum = people.minimumStaffing;
              return [
                code(scenario.id),
                `${percentage(scenario.absent)} of staff absent, ${formatPercentage(Number(present.toFixed(4)))} present`,
                minimum === undefined
                  ? toned("minimum staffing not declared", "warn")
                  : present >= minimum
                    ? toned(`at or above the minimum staffing of ${percentage(minimum)}`, "ok")
                    : toned(`below the minimum staffing of ${percentage(minimum)}`, "bad"),
              ];
            }),
          ],
          { empty: "No declared scenario makes an office inaccessible or people unavailable." },
        ),
      ]),
      paragraph(
        "In a staff-unavailability scenario, failovers that depend on people (manual traffic switches) are slower; the scenario matrix marks those services degraded.",
      ),
    ],
  };
}
