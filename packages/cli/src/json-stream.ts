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
 * A writer to standard output that waits whenever the pipe is full, so memory stays bounded. Each call's parts go out
 * as one write.
 */
export function stdoutWriter(): (parts: Parts) => void | Promise<void> {
  return (parts) => {
    const chunks = encodeParts(parts);
    if (process.stdout.write(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks))) return;
    return new Promise<void>((resolve) => process.stdout.once("drain", () => resolve()));
  };
}

/**
 * The parts as bytes to write one after the other: each stretch of consecutive texts encoded into one buffer, bytes
 * as they are. Bytes are never copied: a file is written from them with vectored writes.
 */
export function encodeParts(parts: Parts): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let texts: string[] = [];
  for (const part of parts) {
    if (typeof part === "string") {
      texts.push(part);
      continue;
    }
    if (texts.length > 0) chunks.push(encodeTexts(texts));
    texts = [];
    chunks.push(part);
  }
  if (texts.length > 0) chunks.push(encodeTexts(texts));
  return chunks;
}

/**
 * Texts as one run of UTF-8 bytes, each encoded straight into a buffer of the exact size: several times faster than
 * encoding each text into a buffer of its own (`Buffer.from`), which was most of the time spent writing a large
 * preview.
 */
function encodeTexts(texts: readonly string[]): Buffer {
  let size = 0;
  for (const text of texts) size += Buffer.byteLength(text);
  const bytes = Buffer.allocUnsafe(size);
  let offset = 0;
  for (const text of texts) offset += bytes.write(text, offset);
  return bytes;
}
