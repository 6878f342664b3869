import type { Dependency } from "@relais/policy";
import type { PolicyChange } from "./change";
import { change } from "./compare";

/**
 * A service's dependencies. Each dependency is one more way for the service to be hurt: adding one is loosened,
 * removing one tightened; turning a soft dependency hard is loosened (its loss now takes the service down).
 */
export function compareDependencies(
  path: string,
  before: readonly Dependency[],
  after: readonly Dependency[],
): PolicyChange[] {
  const key = (dependency: Dependency) => `${dependency.kind}:${dependency.id}`;
  const old = new Map(before.map((dependency) => [key(dependency), dependency]));
  const next = new Map(after.map((dependency) => [key(dependency), dependency]));
  const strength = (dependency: Dependency) => (dependency.hard ? "hard" : "soft");
  const changes: PolicyChange[] = [];
  for (const [id, dependency] of old) {
    if (next.has(id)) continue;
    changes.push(
      change(
        "tightened",
        path,
        `${strength(dependency)} dependency on ${dependency.kind} ${dependency.id} removed`,
        dependency.id,
      ),
    );
  }
  for (const [id, dependency] of next) {
    const previous = old.get(id);
    if (!previous) {
      const effect = dependency.hard ? "its loss now takes the service down" : "its loss now degrades the service";
      changes.push(
        change(
          "loosened",
          path,
          `${strength(dependency)} dependency on ${dependency.kind} ${dependency.id} added: ${effect}`,
          undefined,
          dependency.id,
        ),
      );
    } else if (previous.hard !== dependency.hard) {
      changes.push(
        change(
          dependency.hard ? "loosened" : "tightened",
          path,
          `dependency on ${dependency.kind} ${dependency.id} made ${strength(dependency)}${dependency.hard ? ": its loss now takes the service down" : ""}`,
          strength(previous),
          strength(dependency),
        ),
      );
    }
  }
  return changes;
}
