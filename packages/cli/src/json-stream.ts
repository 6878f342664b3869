import { JSON_SCHEMA_VERSION } from "./json-output";

/** A text in parts written one after the other: strings, and bytes encoded once for text that repeats. */
export type Parts = ReadonlyArray<string | Uint8Array>;

/**
 * Writes a JSON document whose one large array is produced item by item, byte for byte as `jsonDocument` would print
 * `{ ...head, [key]: [...items], ...tail() }`: `items` yields each item's text as it sits in the array
 * (`jsonAt(item, 2)`, or assembled from such pieces), which is written, then dropped. `tail` is read once
 * every item is written (a summary over them). `write` returns a promise when the reader needs a pause.
 */
export async function streamJsonDocument(
  head: object,
  key: string,
  items: Iterable<Parts>,
  tail: () => object,
  write: (parts: Parts) => void | Promise<void>,
): Promise<void> {
  const opening = JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, ...head }, null, 2);
  await write([`${opening.slice(0, -2)},\n  ${JSON.stringify(key)}: [`]);
  let count = 0;
  for (const item of items) {
    await write([count === 0 ? "\n    " : ",\n    ", ...item]);
    count++;
  }
  const closing = JSON.stringify(tail(), null, 2);
  await write([`${count === 0 ? "]" : "\n  ]"}${closing === "{}" ? "\n}" : `,${closing.slice(1)}`}\n`]);
}

/**
 * A writer to standard output that waits whenever the pipe is full, so memory stays bounded. Consecutive bytes go
 * out as one write.
 */
export function stdoutWriter(): (parts: Parts) => void | Promise<void> {
  return (parts) => {
    let flowing = true;
    for (const chunk of runs(parts)) flowing = process.stdout.write(chunk) && flowing;
    if (flowing) return;
    return new Promise<void>((resolve) => process.stdout.once("drain", () => resolve()));
  };
}

/** The parts with each run of consecutive byte parts joined into one: strings, and byte runs. */
export function* runs(parts: Parts): Generator<string | Uint8Array> {
  let bytes: Uint8Array[] = [];
  for (const part of parts) {
    if (typeof part !== "string") {
      bytes.push(part);
      continue;
    }
    if (bytes.length > 0) yield bytes.length === 1 ? bytes[0] : Buffer.concat(bytes);
    bytes = [];
    yield part;
  }
  if (bytes.length > 0) yield bytes.length === 1 ? bytes[0] : Buffer.concat(bytes);
}
