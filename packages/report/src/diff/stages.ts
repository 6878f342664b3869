import type { ContinuityPolicy } from "@relais/policy";
import type { PolicyChange } from "./change";
import { change, compareSet, compareText } from "./compare";

/** Stages, matched by level: a stage, trigger or action removed is loosened; added is tightened. */
export function compareStages(before: ContinuityPolicy, after: ContinuityPolicy): PolicyChange[] {
  const changes: PolicyChange[] = [];
  before.stages.forEach((stage, index) => {
    if (!after.stages.some((candidate) => candidate.level === stage.level)) {
      changes.push(change("loosened", `stages[${index}]`, `stage ${stage.level} (${stage.name}) removed`));
    }
  });
  after.stages.forEach((stage, index) => {
    const path = `stages[${index}]`;
    const previous = before.stages.find((candidate) => candidate.level === stage.level);
    if (!previous) {
      changes.push(change("tightened", path, `stage ${stage.level} (${stage.name}) added`));
      return;
    }
    changes.push(
      ...compareText(`${path}.name`, `name of stage ${stage.level}`, previous.name, stage.name),
      ...compareSet(`${path}.triggers`, `stage ${stage.level} trigger`, previous.triggers, stage.triggers, {
        removed: "loosened",
        added: "tightened",
      }),
      ...compareSet(`${path}.actions`, `stage ${stage.level} action`, previous.actions, stage.actions, {
        removed: "loosened",
        added: "tightened",
      }),
    );
  });
  return changes;
}
