import { buildPlan } from "../plan/build";
import { collectPlanInputs } from "../plan/inputs";
import type { PlanDocument } from "../plan/model";
import type { Mutation } from "./diff";
import { parsedFullPolicy } from "./fixtures";

/** The plan document of the full test policy (mutated), as of 2026-11-28. */
export function planOf(mutate: Mutation = () => {}, today = "2026-11-28"): PlanDocument {
  return buildPlan(collectPlanInputs(parsedFullPolicy(mutate), { today, source: "continuity.yaml" }));
}

/** Text that would make a renderer misbehave if it were not escaped. */
export const HOSTILE = 'Evil <script>alert("x")</script> | *bold* [link](http://e.vil) `code` & co\n# heading';
