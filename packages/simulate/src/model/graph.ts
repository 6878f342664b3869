/**
 * The indexes that let a scenario visit only the services it can touch: who lists each site, who depends on each
 * supplier, the hard and soft dependants of each service, and each service's place in dependency order.
 */
import { dependencyOrder } from "./order";

/** What `graphOf` needs to know about a service. */
export interface GraphNode {
  /** The sites that carry traffic before any loss: losing one of them is what disrupts the service. */
  activeSites: readonly string[];
  hardServices: readonly number[];
  softServices: readonly number[];
  hardSuppliers: readonly string[];
  softSuppliers: readonly string[];
  manual: boolean;
}

export interface DependencyGraph {
  /** Service indexes, every service after the services it depends on. */
  order: number[];
  /** `position[index]`: where the service stands in `order`. */
  position: Int32Array;
  /** Site id → services active on it, in policy order (losing a standby site touches nobody). */
  byActiveSite: ReadonlyMap<string, number[]>;
  /** Supplier id → services that depend on it, hard or soft. */
  bySupplier: ReadonlyMap<string, number[]>;
  hardDependants: number[][];
  softDependants: number[][];
  hardDependencies: readonly (readonly number[])[];
  /** Services that fail over by hand: a staff shortage touches them all. */
  manual: number[];
}

/** Builds the indexes once per policy. */
export function graphOf(nodes: readonly GraphNode[]): DependencyGraph {
  const order = dependencyOrder(nodes.length, (index) => [...nodes[index].hardServices, ...nodes[index].softServices]);
  const position = new Int32Array(nodes.length);
  for (const [place, index] of order.entries()) position[index] = place;
  const byActiveSite = new Map<string, number[]>();
  const bySupplier = new Map<string, number[]>();
  const hardDependants: number[][] = nodes.map(() => []);
  const softDependants: number[][] = nodes.map(() => []);
  for (const [index, node] of nodes.entries()) {
    for (const site of new Set(node.activeSites)) push(byActiveSite, site, index);
    for (const supplier of new Set([...node.hardSuppliers, ...node.softSuppliers])) push(bySupplier, supplier, index);
    for (const dependency of new Set(node.hardServices)) hardDependants[dependency].push(index);
    for (const dependency of new Set(node.softServices)) softDependants[dependency].push(index);
  }
  const manual = nodes.flatMap((node, index) => (node.manual ? [index] : []));
  const hardDependencies = nodes.map((node) => node.hardServices);
  return { order, position, byActiveSite, bySupplier, hardDependants, softDependants, hardDependencies, manual };
}

/**
 * The services a scenario may touch, in dependency order: those active on a lost site (a service is down or fails
 * over only when it loses an active site) or depending on the lost supplier,
 * everything that hard-depends on them transitively, their direct soft dependants, and the manual services when
 * staff are short. Every other service is unaffected without being looked at. With `wanted`, only those services and
 * the touched hard dependencies they need (what `rto-unachievable` reads).
 */
export function touchedServices(
  graph: DependencyGraph,
  lostSites: Iterable<string>,
  supplier: string | null,
  staffShort: boolean,
  wanted?: readonly number[],
): number[] {
  const reached = new Uint8Array(graph.position.length);
  const queue: number[] = [];
  const reach = (index: number) => {
    if (reached[index]) return;
    reached[index] = 1;
    queue.push(index);
  };
  for (const site of lostSites) for (const index of graph.byActiveSite.get(site) ?? []) reach(index);
  if (supplier !== null) for (const index of graph.bySupplier.get(supplier) ?? []) reach(index);
  for (let head = 0; head < queue.length; head++)
    for (const dependant of graph.hardDependants[queue[head]]) reach(dependant);
  const hardReach = queue.length;
  for (let head = 0; head < hardReach; head++)
    for (const dependant of graph.softDependants[queue[head]]) reach(dependant);
  if (staffShort) for (const index of graph.manual) reach(index);
  if (wanted) keepOnlyWanted(graph, reached, wanted);
  // Back in dependency order: a scan of the order is linear, cheaper than sorting a large reach.
  return graph.order.filter((index) => reached[index] === 1);
}

/** Narrows `reached` to the wanted services and the touched hard dependencies they need, transitively. */
function keepOnlyWanted(graph: DependencyGraph, reached: Uint8Array, wanted: readonly number[]): void {
  const stack = wanted.filter((index) => reached[index] === 1);
  for (const index of stack) reached[index] = 2;
  while (stack.length > 0) {
    for (const dependency of graph.hardDependencies[stack.pop()!]) {
      if (reached[dependency] !== 1) continue;
      reached[dependency] = 2;
      stack.push(dependency);
    }
  }
  for (let index = 0; index < reached.length; index++) reached[index] = reached[index] === 2 ? 1 : 0;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
