/**
 * Where each node of a YAML text sits, recorded while js-yaml parses it (through its `listener` option), so that a
 * finding about `services.api.sites[1]` can name its line and column. Also measures how much the text's aliases
 * copy, the single alias limit of the format. Recording is flat (arrays of numbers, no object per node) so that it
 * adds little to a parse; the tree is built only when a position or the aliases are asked for.
 */

/** A 1-based position in the text. */
export interface Position {
  line: number;
  column: number;
}

/** The state js-yaml passes to a listener (the fields read here). */
interface ListenerState {
  position: number;
  kind: string | null;
  result: unknown;
}

/** A node's kind, as a small number: `KINDS[code]`. */
const KINDS = [null, "scalar", "mapping", "sequence"] as const;
const MAPPING = 2;
const SEQUENCE = 3;

/** The nodes of one parse; `listener` goes to js-yaml's `load`. */
export class YamlNodes {
  /**
   * Per node, in the order js-yaml opened them: where the parser started looking for it, its parent and its kind,
   * in typed arrays (a 1,000-service policy has about 50,000 nodes, and growing plain arrays would double the
   * parse time); its value in `results`.
   */
  private opens = new Int32Array(1024);
  private parents = new Int32Array(1024);
  private kinds = new Uint8Array(1024);
  private readonly results: unknown[] = [];
  /** Node indexes in the order they closed (children before parents). */
  private closed = new Int32Array(1024);
  private count = 0;
  private closedCount = 0;
  private readonly stack: number[] = [-1];
  private tree: Tree | undefined;
  /** The children of the nodes a locate went through, made from the tree's sibling chains. */
  private readonly childLists = new Map<number, number[]>();
  private starts: number[] | undefined;
  private readonly keyIndexes = new Map<number, Map<string, number>>();
  /** True once an alias was read: only then are aliases measured. */
  hasAliases = false;

  constructor(private readonly text: string) {}

  readonly listener = (event: "open" | "close", state: ListenerState): void => {
    if (event === "open") {
      if (this.count === this.opens.length) this.grow();
      const node = this.count++;
      this.parents[node] = this.stack[this.stack.length - 1];
      this.opens[node] = state.position;
      this.stack.push(node);
      return;
    }
    const node = this.stack.pop() as number;
    const kind = state.kind === null ? 0 : KINDS.indexOf(state.kind as (typeof KINDS)[number]);
    this.kinds[node] = kind;
    this.results[node] = state.result;
    this.closed[this.closedCount++] = node;
    if (kind === 0 && state.result !== null && this.text[this.contentStart(node)] === "*") this.hasAliases = true;
  };

  private grow(): void {
    const size = this.opens.length * 2;
    const larger = <T extends Int32Array | Uint8Array>(array: T, make: (size: number) => T): T => {
      const copy = make(size);
      copy.set(array);
      return copy;
    };
    this.opens = larger(this.opens, (length) => new Int32Array(length));
    this.parents = larger(this.parents, (length) => new Int32Array(length));
    this.kinds = larger(this.kinds, (length) => new Uint8Array(length));
    this.closed = larger(this.closed, (length) => new Int32Array(length));
  }

  /**
   * The node at `path` (keys and indexes) or, when the path goes further than the text (a missing key), the deepest
   * node on the way. With `key`, a final mapping key's own node (for an unknown key) rather than its value's.
   */
  locate(path: readonly PropertyKey[], key = false): Position {
    const { root } = this.built();
    if (root < 0) return { line: 1, column: 1 };
    let node = root;
    for (const [index, segment] of path.entries()) {
      const items = this.childrenOf(node);
      let next: number | undefined;
      if (this.kinds[node] === MAPPING) {
        const child = this.keysOf(node, items).get(String(segment));
        if (child !== undefined) next = key && index === path.length - 1 ? items[child] : items[child + 1];
      } else if (this.kinds[node] === SEQUENCE && typeof segment === "number") {
        next = items[segment];
      }
      if (next === undefined) break;
      node = next;
    }
    this.starts ??= lineStarts(this.text);
    return offsetPosition(this.starts, this.contentStart(node));
  }

  /**
   * A mapping's keys (as text) to the index of their node in `items`, built once per mapping located through: a
   * policy with 10,000 services and a finding on each would otherwise scan the services mapping once per finding.
   */
  private keysOf(node: number, items: readonly number[]): Map<string, number> {
    let keys = this.keyIndexes.get(node);
    if (!keys) {
      keys = new Map();
      // The last of two equal keys wins, as it does in the parsed data.
      for (let child = 0; child + 1 < items.length; child += 2) keys.set(String(this.results[items[child]]), child);
      this.keyIndexes.set(node, keys);
    }
    return keys;
  }

  /**
   * How many characters the aliases copy, nested aliases included, counted without expanding anything (an alias
   * bomb is measured in microseconds). Every kind of node counts: a scalar by its length, a collection by what it
   * holds. Stops counting once past `limit`.
   */
  aliasExpansion(limit: number): number {
    if (!this.hasAliases) return 0;
    const { root, last, previous } = this.built();
    const sizes = new WeakMap<object, number>();
    let total = 0;
    const pending = root < 0 ? [] : [root];
    while (pending.length > 0 && total <= limit) {
      const node = pending.pop() as number;
      const value = this.results[node];
      if (this.kinds[node] === 0 && value !== null && this.text[this.contentStart(node)] === "*") {
        total += sizeOf(value, sizes, 0);
      }
      for (let child = last[node]; child >= 0; child = previous[child]) pending.push(child);
    }
    return total;
  }

  /** Where a node's content starts: after the spaces, line breaks and comments before it. */
  private contentStart(node: number): number {
    const text = this.text;
    let offset = this.opens[node];
    while (offset < text.length) {
      const char = text[offset];
      if (char === " " || char === "\t" || char === "\n" || char === "\r") offset++;
      else if (char === "#") {
        while (offset < text.length && text[offset] !== "\n") offset++;
      } else break;
    }
    return offset;
  }

  /** A node's children in text order: a mapping's alternate key, value; a sequence's items. */
  private childrenOf(node: number): number[] {
    let children = this.childLists.get(node);
    if (!children) {
      const { last, previous } = this.built();
      children = [];
      for (let child = last[node]; child >= 0; child = previous[child]) children.push(child);
      children.reverse();
      this.childLists.set(node, children);
    }
    return children;
  }

  /**
   * The tree, as chains of siblings in typed arrays: no array per node, which for the half a million nodes of a
   * 10,000-service policy was most of the time spent locating its findings. Nodes are taken in the order they closed.
   */
  private built(): Tree {
    if (this.tree) return this.tree;
    const count = this.count;
    const last = new Int32Array(count).fill(-1);
    const previous = new Int32Array(count).fill(-1);
    const childCount = new Int32Array(count);
    // The last top-level node: the document's node, unless a rolled-back read left others.
    let topLast = -1;
    for (const node of this.closed.subarray(0, this.closedCount)) {
      let self = node;
      // js-yaml wraps a value in a node of its own; keep the inner one.
      const inner = last[node];
      if (
        childCount[node] === 1 &&
        this.results[inner] === this.results[node] &&
        this.kinds[inner] === this.kinds[node]
      ) {
        self = inner;
      }
      const parent = this.parents[node];
      let head = parent < 0 ? topLast : last[parent];
      let siblings = parent < 0 ? 0 : childCount[parent];
      // A speculative read that js-yaml rolled back left siblings at or after this offset: they are stale.
      while (head >= 0 && this.opens[head] >= this.opens[self]) {
        head = previous[head];
        siblings--;
      }
      previous[self] = head;
      if (parent < 0) {
        topLast = self;
      } else {
        last[parent] = self;
        childCount[parent] = siblings + 1;
      }
    }
    let root = topLast;
    while (root >= 0 && previous[root] >= 0) root = previous[root];
    this.tree = { root, last, previous };
    return this.tree;
  }
}

/** The nodes as a tree: each node's last child, and each node's previous sibling (-1 for none). */
interface Tree {
  root: number;
  last: Int32Array;
  previous: Int32Array;
}

/** The offsets where each line of a text starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) starts.push(index + 1);
  return starts;
}

/** The 1-based line and column of an offset, given the text's line starts. */
export function offsetPosition(starts: readonly number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}

/** Deep enough for any policy; a chain of aliases nesting deeper is an attack and counts as infinitely large. */
const MAX_ALIAS_DEPTH = 512;

function sizeOf(value: unknown, sizes: WeakMap<object, number>, depth: number): number {
  if (typeof value === "string") return value.length;
  if (value === null || typeof value !== "object") return 1;
  const known = sizes.get(value);
  if (known !== undefined) return known;
  if (depth > MAX_ALIAS_DEPTH) return Number.POSITIVE_INFINITY;
  let size = 1;
  if (Array.isArray(value)) for (const item of value) size += sizeOf(item, sizes, depth + 1);
  else for (const [key, item] of Object.entries(value)) size += key.length + sizeOf(item, sizes, depth + 1);
  sizes.set(value, size);
  return size;
}
