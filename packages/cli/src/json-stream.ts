import { JSON_SCHEMA_VERSION } from "./json-output";

/** `{\n  "k": [\n    ` and `\n  ]\n}`: what `JSON.stringify({ k: [item] }, null, 2)` puts around the item. */
const WRAPPER_HEAD = 15;
const WRAPPER_TAIL = 6;

/**
 * Writes a JSON document whose one large array is produced item by item, byte for byte as `jsonDocument` would print
 * `{ ...head, [key]: [...items], ...tail() }`: each item is serialised and written, then dropped. `tail` is read
 * once every item is written (a summary over them). `write` returns a promise when the reader needs a pause.
 */
export async function streamJsonDocument(
  head: object,
  key: string,
  items: Iterable<unknown>,
  tail: () => object,
  write: (text: string) => void | Promise<void>,
): Promise<void> {
  const opening = JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, ...head }, null, 2);
  await write(`${opening.slice(0, -2)},\n  ${JSON.stringify(key)}: [`);
  let count = 0;
  for (const item of items) {
    // Serialised inside a wrapper of the same depth, the item comes out indented as in the whole document, with no
    // second pass over a text of megabytes to indent it.
    const wrapped = JSON.stringify({ k: [item] }, null, 2);
    await write(`${count === 0 ? "" : ","}\n    ${wrapped.slice(WRAPPER_HEAD, -WRAPPER_TAIL)}`);
    count++;
  }
  const closing = JSON.stringify(tail(), null, 2);
  await write(`${count === 0 ? "]" : "\n  ]"}${closing === "{}" ? "\n}" : `,${closing.slice(1)}`}\n`);
}

/** A writer to standard output that waits whenever the pipe is full, so memory stays bounded. */
export function stdoutWriter(): (text: string) => void | Promise<void> {
  return (text) => {
    if (process.stdout.write(text)) return;
    return new Promise<void>((resolve) => process.stdout.once("drain", () => resolve()));
  };
}
