/**
 * People findings: lost offices whose staff must work remotely (capacity and proven duration), staffing below the
 * minimum when staff are absent, and crisis-cell roles without a deputy.
 */
import {
  type ContinuityPolicy,
  formatDuration,
  formatPercentage,
  lostOffices,
  remoteDurationExceeded,
  remoteNeed,
  staffing,
} from "@relais/policy";
import { scenarioFinding } from "../scenario-finding";
import type { ResolvedScenario } from "../scenarios/resolve";
import type { ScenarioFinding } from "../types";

/** Every people finding of a scenario, in a stable order: offices, staffing, then roles. */
export function peopleFindings(policy: ContinuityPolicy, scenario: ResolvedScenario): ScenarioFinding[] {
  return [...officeFindings(policy, scenario), ...staffingFindings(policy, scenario), ...roleFindings(policy)];
}

/**
 * The lost offices' staff must all work remotely at once: their combined share of `people.staff` is checked against
 * `remoteWork.capacity`, and the scenario's `duration` against `remoteWork.sustainFor`.
 */
function officeFindings(policy: ContinuityPolicy, scenario: ResolvedScenario): ScenarioFinding[] {
  const offices = lostOffices(policy, scenario.lostSiteList);
  if (offices.length === 0) return [];
  const names = offices.length === 1 ? `office ${offices[0]}` : `offices ${offices.join(", ")}`;
  const people = policy.people;
  if (!people) {
    return [
      scenarioFinding(
        "people-undeclared",
        `${names} ${offices.length === 1 ? "is" : "are"} lost but the policy has no people section: whether their staff can work remotely is unknown`,
      ),
    ];
  }
  const findings: ScenarioFinding[] = [];
  const need = remoteNeed(policy, offices);
  if (need?.exceedsCapacity) {
    findings.push(
      scenarioFinding(
        "remote-capacity-insufficient",
        `${names} ${offices.length === 1 ? "is" : "are"} lost: ${need.staff} of ${need.total} staff (${formatPercentage(need.share)}) ` +
          `must work remotely, above the remote-work capacity of ${formatPercentage(need.capacity)}` +
          (people.remoteWork ? "" : " (people.remoteWork is not declared)"),
      ),
    );
  }
  const duration = scenario.scenario.duration;
  if (duration !== undefined && remoteDurationExceeded(policy, duration)) {
    findings.push(
      scenarioFinding(
        "remote-duration-unproven",
        `${names} ${offices.length === 1 ? "is" : "are"} lost for ${formatDuration(duration)}, longer than remote work ` +
          (people.remoteWork
            ? `is proven to last (sustainFor ${formatDuration(people.remoteWork.sustainFor)})`
            : "is proven to last (people.remoteWork is not declared)"),
      ),
    );
  }
  return findings;
}

/** `staffing-below-minimum` when `1 − absent` is below `people.minimumStaffing`. */
function staffingFindings(policy: ContinuityPolicy, scenario: ResolvedScenario): ScenarioFinding[] {
  if (scenario.scenario.kind !== "staff-unavailability") return [];
  const judged = staffing(policy, scenario.absent);
  if (!judged?.belowMinimum) return [];
  return [
    scenarioFinding(
      "staffing-below-minimum",
      `${formatPercentage(scenario.absent)} of staff absent leaves ${formatPercentage(judged.present)}, below the ` +
        `minimum staffing of ${formatPercentage(judged.minimum)} needed to keep operations running`,
    ),
  ];
}

/** Every crisis-cell role without a deputy: nobody takes over when its primary is among the lost. */
function roleFindings(policy: ContinuityPolicy): ScenarioFinding[] {
  return (policy.crisisCell?.roles ?? [])
    .filter((role) => role.deputy === undefined)
    .map((role) =>
      scenarioFinding(
        "role-without-deputy",
        `crisis-cell role ${role.role} has no deputy: nobody takes over if ${role.primary} is unavailable`,
      ),
    );
}
