import type { PolicyDiff } from "../diff/change";
import { diffPolicies } from "../diff/diff";
import { type fullPolicy, parsedFullPolicy } from "./fixtures";

export type Mutation = (policy: ReturnType<typeof fullPolicy>) => void;

/** The diff from the full test policy to a mutated copy. */
export function diffAfter(mutate: Mutation): PolicyDiff {
  return diffPolicies(parsedFullPolicy(), parsedFullPolicy(mutate));
}

/** The changes of a diff as `[kind, path, reason]` rows, for compact assertions. */
export function rows(diff: PolicyDiff): [string, string, string][] {
  return diff.changes.map((change) => [change.kind, change.path, change.reason]);
}
