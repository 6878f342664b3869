import { type ContinuityPolicy, formatPercentage, type ScenarioSpec } from "@relais/policy";
import type { PolicyChange } from "./change";
import { asDuration, asPercentage, change, compareNumber, compareSet, compareText } from "./compare";

/**
 * Declared scenarios, matched by id: a scenario removed is loosened (the plan no longer prepares for it); a harsher
 * scenario (longer, more people absent, an exit instead of an outage) is tightened.
 */
export function compareScenarios(before: ContinuityPolicy, after: ContinuityPolicy): PolicyChange[] {
  const changes: PolicyChange[] = [];
  before.scenarios.forEach((scenario, index) => {
    if (!after.scenarios.some((candidate) => candidate.id === scenario.id)) {
      changes.push(
        change(
          "loosened",
          `scenarios[${index}]`,
          `scenario ${scenario.id} removed: the plan no longer prepares for it`,
        ),
      );
    }
  });
  after.scenarios.forEach((scenario, index) => {
    const previous = before.scenarios.find((candidate) => candidate.id === scenario.id);
    if (!previous) {
      changes.push(change("tightened", `scenarios[${index}]`, `scenario ${scenario.id} added`));
      return;
    }
    changes.push(...compareScenario(`scenarios[${index}]`, previous, scenario));
  });
  return changes;
}

function compareScenario(path: string, from: ScenarioSpec, to: ScenarioSpec): PolicyChange[] {
  const changes: PolicyChange[] = [];
  if (from.kind === "staff-unavailability" && to.kind === "staff-unavailability") {
    changes.push(
      ...compareNumber(`${path}.absent`, from.absent, to.absent, {
        label: `absence in ${to.id}`,
        higher: "tightened",
        format: asPercentage,
      }),
    );
  } else if (from.kind === "supplier-loss" && to.kind === "supplier-loss" && from.supplier === to.supplier) {
    if (from.mode !== to.mode) {
      changes.push(
        change(
          to.mode === "exit" ? "tightened" : "loosened",
          `${path}.mode`,
          `scenario ${to.id} mode ${from.mode} → ${to.mode}`,
          from.mode,
          to.mode,
        ),
      );
    }
  } else if (target(from) !== target(to)) {
    changes.push(
      change(
        "neutral",
        path,
        `scenario ${to.id} now simulates ${target(to)} (was ${target(from)})`,
        target(from),
        target(to),
      ),
    );
  }
  changes.push(
    ...compareNumber(`${path}.duration`, from.duration, to.duration, {
      label: `duration of ${to.id}`,
      higher: "tightened",
      format: asDuration,
    }),
    ...compareText(`${path}.stage`, `stage of ${to.id}`, optional(from.stage), optional(to.stage)),
    ...compareSet(`${path}.causes`, "cause", from.causes, to.causes, { removed: "neutral", added: "neutral" }),
    ...compareText(`${path}.description`, "description", from.description, to.description),
  );
  return changes;
}

/** What a scenario takes out, in words. */
function target(scenario: ScenarioSpec): string {
  switch (scenario.kind) {
    case "site-loss":
      return `the loss of sites ${scenario.sites.join(", ")}`;
    case "zone-loss":
      return `the loss of zones ${scenario.zones.join(", ")}`;
    case "region-loss":
      return `the loss of region ${scenario.provider}/${scenario.region}`;
    case "provider-loss":
      return `the loss of provider ${scenario.provider}`;
    case "supplier-loss":
      return `the ${scenario.mode} of supplier ${scenario.supplier}`;
    case "staff-unavailability":
      return `${formatPercentage(scenario.absent)} of staff absent`;
  }
}

function optional(value: number | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}
