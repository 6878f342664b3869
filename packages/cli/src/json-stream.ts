import { JSON_SCHEMA_VERSION } from "./json-output";

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
    await write(`${count === 0 ? "" : ","}\n    ${JSON.stringify(item, null, 2).replace(/\n/g, "\n    ")}`);
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
