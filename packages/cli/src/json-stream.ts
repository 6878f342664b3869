import { JSON_SCHEMA_VERSION } from "./json-output";

/** Encoded parts of a text, written one after the other. */
export type Parts = readonly Uint8Array[];

/**
 * Writes a JSON document whose one large array is produced item by item, byte for byte as `jsonDocument` would print
 * `{ ...head, [key]: [...items], ...tail() }`: `items` yields each item's encoded text as it sits in the array (the
 * bytes of `jsonAt(item, 2)`, or assembled from such pieces), which is written, then dropped. `tail` is read once
 * every item is written (a summary over them). `write` returns a promise when the reader needs a pause.
 */
export async function streamJsonDocument(
  head: object,
  key: string,
  items: Iterable<Parts>,
  tail: () => object,
  write: (parts: Parts) => void | Promise<void>,
): Promise<void> {
  const text = (value: string): Parts => [Buffer.from(value)];
  const opening = JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, ...head }, null, 2);
  await write(text(`${opening.slice(0, -2)},\n  ${JSON.stringify(key)}: [`));
  let count = 0;
  for (const item of items) {
    await write([Buffer.from(count === 0 ? "\n    " : ",\n    "), ...item]);
    count++;
  }
  const closing = JSON.stringify(tail(), null, 2);
  await write(text(`${count === 0 ? "]" : "\n  ]"}${closing === "{}" ? "\n}" : `,${closing.slice(1)}`}\n`));
}

/**
 * A writer to standard output that waits whenever the pipe is full, so memory stays bounded. Each call's parts go
 * out as one write.
 */
export function stdoutWriter(): (parts: Parts) => void | Promise<void> {
  return (parts) => {
    if (process.stdout.write(parts.length === 1 ? parts[0] : Buffer.concat(parts))) return;
    return new Promise<void>((resolve) => process.stdout.once("drain", () => resolve()));
  };
}
