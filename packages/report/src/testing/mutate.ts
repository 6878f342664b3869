import type { Mutation } from "./diff";

type Container = Record<string, unknown> | unknown[];

function walk(policy: object, path: string): { parent: Container; key: string } {
  const keys = path.match(/[^.[\]]+/g) ?? [];
  let current = policy as Container;
  for (const key of keys.slice(0, -1)) current = (current as Record<string, unknown>)[key] as Container;
  return { parent: current, key: keys[keys.length - 1] };
}

/** A mutation that sets a value at a path such as `services.api.sites` or `stages[0].actions`. */
export function set(path: string, value: unknown): Mutation {
  return (policy) => {
    const { parent, key } = walk(policy, path);
    (parent as Record<string, unknown>)[key] = value;
  };
}

/** A mutation that deletes the value at a path (an array item is spliced out). */
export function del(path: string): Mutation {
  return (policy) => {
    const { parent, key } = walk(policy, path);
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  };
}

/** Several mutations in a row. */
export function all(...mutations: Mutation[]): Mutation {
  return (policy) => {
    for (const mutation of mutations) mutation(policy);
  };
}
