/** Dependency order: every service after the services it depends on. */

/**
 * Orders nodes `0..count-1` so that each comes after its dependencies (Kahn's algorithm, ties in index order so the
 * order is deterministic). Nodes on a cycle — which validation refuses — come last, in index order, so that a
 * simulation of an unvalidated policy still terminates.
 */
export function dependencyOrder(count: number, dependenciesOf: (node: number) => readonly number[]): number[] {
  const dependants: number[][] = Array.from({ length: count }, () => []);
  const waiting = new Array<number>(count).fill(0);
  for (let node = 0; node < count; node++) {
    for (const dependency of new Set(dependenciesOf(node))) {
      if (dependency === node) continue;
      dependants[dependency].push(node);
      waiting[node]++;
    }
  }
  const order: number[] = [];
  const ready: number[] = [];
  for (let node = 0; node < count; node++) if (waiting[node] === 0) ready.push(node);
  // `ready` is consumed in order and appended to: a FIFO queue without shifting.
  for (let head = 0; head < ready.length; head++) {
    const node = ready[head];
    order.push(node);
    for (const dependant of dependants[node]) {
      waiting[dependant]--;
      if (waiting[dependant] === 0) ready.push(dependant);
    }
  }
  if (order.length < count) {
    const placed = new Set(order);
    for (let node = 0; node < count; node++) if (!placed.has(node)) order.push(node);
  }
  return order;
}
