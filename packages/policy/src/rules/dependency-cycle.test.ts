import { basePolicy } from "@relais/test-support";
import { findingsOf } from "../testing/run-rule";
import { dependencyCycle } from "./dependency-cycle";

const run = (policy: object) => findingsOf(dependencyCycle, policy);

/** A policy with services named in `order`, each depending on the services `edges` gives it. */
function graph(order: string[], edges: Record<string, string[]>) {
  const policy = basePolicy();
  const template = policy.services.api;
  policy.services = Object.fromEntries(order.map((id) => [id, { ...template, dependsOn: edges[id] ?? [] }]));
  return policy;
}

describe("dependency-cycle", () => {
  it("accepts dependencies without a loop, including a diamond", () => {
    expect(run(graph(["a", "b", "c", "d"], { a: ["b", "c"], b: ["d"], c: ["d"] }))).toEqual([]);
  });

  it("flags a loop and lists it, starting from the first service in policy order", () => {
    const [finding] = run(graph(["a", "b", "c"], { a: ["b"], b: ["c"], c: ["a"] }));
    expect(finding).toMatchObject({ code: "dependency-cycle", severity: "error", path: "services.a.dependsOn[0]" });
    expect(finding.message).toBe("services depend on each other in a loop: a → b → c → a");
  });

  it("counts soft dependencies and flags a service that depends on itself", () => {
    const policy = graph(["a", "b"], {});
    policy.services.a.dependsOn = [{ service: "b", hard: false }];
    policy.services.b.dependsOn = ["a"];
    expect(run(policy)[0].message).toContain("a → b → a");
    const [self] = run(graph(["solo"], { solo: ["solo"] }));
    expect(self).toMatchObject({
      path: "services.solo.dependsOn[0]",
      message: "services depend on each other in a loop: solo → solo",
    });
  });

  it("reports each loop group once, with the shortest loop and the others caught in it", () => {
    const findings = run(
      graph(["a", "b", "c", "d", "x", "y"], { a: ["b"], b: ["c", "a"], c: ["d"], d: ["a"], x: ["y"], y: ["x"] }),
    );
    expect(findings.map((finding) => finding.message)).toEqual([
      "services depend on each other in a loop: a → b → a; c and d are caught in the same knot",
      "services depend on each other in a loop: x → y → x",
    ]);
  });

  it("ignores dependencies on suppliers and undeclared services, and handles long chains", () => {
    const policy = graph(["a"], { a: ["ghost"] });
    expect(run(policy)).toEqual([]);
    const ids = Array.from({ length: 5000 }, (_, index) => `s${index}`);
    const edges = Object.fromEntries(ids.map((id, index) => [id, [ids[(index + 1) % ids.length]]]));
    const findings = run(graph(ids, edges));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/^services depend on each other in a loop: s0 → s1 → .* → s4999 → s0$/);
  });
});
