import {
  type ContinuityPolicy,
  type FindingCode,
  formatPercentage,
  lostOffices,
  remoteNeed,
  staffAt,
} from "@relais/policy";
import { count, duration, listOrDash, percentage } from "../../text/format";
import { callout, code, facts, paragraph, subsection, table, toned } from "../blocks";
import type { PlanInputs } from "../inputs";
import type { Cell, Section } from "../model";

/** People continuity: remote work, minimum staffing, vulnerable groups, and what each scenario asks of people. */
export function peopleSection({ policy, matrix, declared }: PlanInputs): Section {
  const people = policy.people;
  if (!people) {
    return {
      id: "people",
      title: "People continuity",
      covers: ["g"],
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
    // The matrix holds the loss of each site alone (declared, or generated as site-loss:<id>).
    const loss = matrix.scenarios.find((result) => result.lost.sites.length === 1 && result.lost.sites[0] === id);
    const shortfall = loss?.findings.find((finding) => finding.code === "remote-capacity-insufficient");
    return [
      code(id),
      site.location ?? "—",
      site.staff === undefined ? "—" : String(site.staff),
      site.staff === undefined ? "—" : formatPercentage(remoteNeed(policy, [id])?.share ?? 0),
      loss === undefined
        ? toned("not simulated", "warn")
        : shortfall
          ? toned("no: not everyone can work remotely", "bad")
          : toned("yes", "ok"),
    ];
  });
  const peopleRows = declared.flatMap((result): Cell[][] => {
    const offices = lostOffices(policy, result.lost.sites);
    if (result.kind !== "staff-unavailability" && offices.length === 0) return [];
    const found = result.findings.filter((finding) => PEOPLE_CODES.includes(finding.code));
    return [
      [
        code(result.id),
        whatHappens(policy, result.id, offices),
        found.length === 0
          ? toned("no people finding: remote work and staffing hold", "ok")
          : toned(
              found.map((finding) => finding.message).join("; "),
              found.some((finding) => finding.severity === "error") ? "bad" : "warn",
            ),
      ],
    ];
  });
  return {
    id: "people",
    title: "People continuity",
    covers: ["g"],
    blocks: [
      facts([
        ["Staff", count(people.staff, "person", "people")],
        [
          "Minimum staffing",
          people.minimumStaffing === undefined
            ? "not declared"
            : `${percentage(people.minimumStaffing)} (${staffAt(people.minimumStaffing, people.staff, "up")} people): below this, operations cannot be kept`,
        ],
        [
          "Remote work",
          remote === undefined
            ? "not declared"
            : `${percentage(remote.capacity)} of staff at once (${staffAt(remote.capacity, people.staff, "down")} people), proven for ${duration(remote.sustainFor)}`,
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
        table(["Scenario", "What happens", "Findings of the simulation"], peopleRows, {
          empty: "No declared scenario makes an office inaccessible or people unavailable.",
        }),
      ]),
      paragraph(
        "In a staff-unavailability scenario, failovers that depend on people (manual traffic switches) are slower; the scenario matrix marks those services degraded.",
      ),
    ],
  };
}

/** The people findings of the simulation, rendered as they are: the document never judges staffing again. */
const PEOPLE_CODES: readonly FindingCode[] = [
  "people-undeclared",
  "remote-capacity-insufficient",
  "remote-duration-unproven",
  "staffing-below-minimum",
];

function whatHappens(policy: ContinuityPolicy, id: string, offices: readonly string[]): string {
  const scenario = policy.scenarios.find((candidate) => candidate.id === id);
  if (scenario?.kind === "staff-unavailability") return `${percentage(scenario.absent)} of staff absent`;
  const lasts = scenario?.duration === undefined ? "" : ` for ${duration(scenario.duration)}`;
  return `${offices.length === 1 ? "office" : "offices"} ${offices.join(", ")} inaccessible${lasts}`;
}
