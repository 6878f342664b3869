import type { Rule, Violation } from "./rule";

export const stageLevels: Rule = {
  code: "stage-levels",
  why:
    "Stages are a graduated response: scenarios and people refer to them by level, so each level must exist " +
    "once and escalate one step at a time.",
  fix: "number the stages 1, 2, 3… with each level once",
  check: ({ policy }) => {
    const found: Violation[] = [];
    const first = new Map<number, number>();
    policy.stages.forEach((stage, index) => {
      const earlier = first.get(stage.level);
      if (earlier === undefined) {
        first.set(stage.level, index);
        return;
      }
      found.push({
        path: `stages[${index}].level`,
        message: `stage level ${stage.level} is used twice (stages[${earlier}] "${policy.stages[earlier].name}" and stages[${index}] "${stage.name}")`,
        hint: "give each stage its own level, numbered 1..n",
      });
    });
    const highest = Math.max(0, ...first.keys());
    const gaps = Array.from({ length: highest }, (_, index) => index + 1).filter((level) => !first.has(level));
    if (gaps.length > 0) {
      const present = [...first.keys()].sort((a, b) => a - b).join(", ");
      found.push({
        path: "stages",
        message: `stage levels must run 1..n without gaps, but level${gaps.length > 1 ? "s" : ""} ${gaps.join(", ")} ${gaps.length > 1 ? "are" : "is"} missing (levels present: ${present})`,
        hint: `add the missing level${gaps.length > 1 ? "s" : ""} or renumber the stages 1..${first.size}`,
      });
    }
    return found;
  },
};
