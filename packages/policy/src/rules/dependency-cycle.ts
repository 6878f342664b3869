import type { ContinuityPolicy } from "../schema/policy";
import type { Rule, Violation } from "./rule";
import { listNames } from "./text";

export const dependencyCycle: Rule = {
  code: "dependency-cycle",
  why:
    "Services recover in dependency order; in a loop each waits for another, so none has a recovery order and " +
    "no estimate can be made.",
  fix: "remove one dependency of the loop, or move what the services share into a service they both depend on",
  check: ({ policy }) => {
    const edges = edgesOf(policy);
    return stronglyConnected(edges).flatMap((group) => reportLoop(policy, edges, group));
  },
};

interface Edge {
  to: string;
  /** Index of the dependency in the service's `dependsOn`, for the finding's path. */
  index: number;
}

/** Service → service dependencies (hard and soft), skipping dangling ones, in policy order. */
function edgesOf(policy: ContinuityPolicy): Map<string, Edge[]> {
  const edges = new Map<string, Edge[]>();
  for (const [id, service] of Object.entries(policy.services)) {
    edges.set(
      id,
      service.dependsOn.flatMap((dependency, index) =>
        dependency.kind === "service" && Object.hasOwn(policy.services, dependency.id)
          ? [{ to: dependency.id, index }]
          : [],
      ),
    );
  }
  return edges;
}

/**
 * Tarjan's strongly connected components, iterative (a long dependency chain must not overflow the stack). Returns
 * the components that contain a loop: two services or more, or one that depends on itself.
 */
function stronglyConnected(edges: Map<string, Edge[]>): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  for (const root of edges.keys()) {
    if (order.has(root)) continue;
    const frames: Array<{ node: string; next: number }> = [{ node: root, next: 0 }];
    order.set(root, order.size);
    low.set(root, order.get(root)!);
    stack.push(root);
    onStack.add(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const out = edges.get(frame.node)!;
      if (frame.next < out.length) {
        const { to } = out[frame.next++];
        if (!order.has(to)) {
          order.set(to, order.size);
          low.set(to, order.get(to)!);
          stack.push(to);
          onStack.add(to);
          frames.push({ node: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, order.get(to)!));
        }
        continue;
      }
      frames.pop();
      if (frames.length > 0) {
        const parent = frames[frames.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) !== order.get(frame.node)) continue;
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== frame.node);
      if (group.length > 1 || out.some((edge) => edge.to === frame.node)) groups.push(group);
    }
  }
  return groups;
}

/** One finding per loop group: the shortest loop through its first service in policy order. */
function reportLoop(policy: ContinuityPolicy, edges: Map<string, Edge[]>, group: string[]): Violation[] {
  const members = new Set(group);
  const ordered = Object.keys(policy.services).filter((id) => members.has(id));
  const start = ordered[0];
  const loop = shortestLoop(start, members, edges);
  const firstEdge = policy.services[start].dependsOn.findIndex(
    (dependency) => dependency.kind === "service" && dependency.id === loop[1],
  );
  const others = ordered.filter((id) => !loop.includes(id));
  const knot =
    others.length > 0 ? `; ${listNames(others)} ${others.length === 1 ? "is" : "are"} caught in the same knot` : "";
  return [
    {
      path: `services.${start}.dependsOn[${firstEdge}]`,
      message: `services depend on each other in a loop: ${loop.join(" → ")}${knot}`,
      hint: `remove one dependency of the loop ${loop.join(" → ")}, or move what they share into a service they all depend on`,
    },
  ];
}

/** Breadth-first search from `start` back to itself within the group: the loop as `[start, …, start]`. */
function shortestLoop(start: string, members: Set<string>, edges: Map<string, Edge[]>): string[] {
  const parent = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (const { to } of edges.get(node)!) {
      if (!members.has(to)) continue;
      if (to === start) {
        const path = [start];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = parent.get(at)) path.push(at);
        return [start, ...path.slice(1).reverse(), start];
      }
      if (!parent.has(to)) {
        parent.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start, start];
}
