import { JSON_SCHEMA_VERSION } from "./json-output";
import { encodeParts, type Parts, writeParts } from "./parts";
import { standardOutputFile } from "./standard-output";
import { named } from "./write-files";

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
 * A writer to standard output. Into a file (`> preview.json`), the parts go out with vectored writes, as `--out`
 * writes them. Into a pipe, each call's chunks go out together (corked) and the writer waits whenever the pipe is
 * full, so memory stays bounded.
 */
export function stdoutWriter(): (parts: Parts) => void | Promise<void> {
  const file = standardOutputFile();
  if (file !== undefined) {
    return (parts) => {
      try {
        writeParts(file, parts);
      } catch (error) {
        throw named(error, "standard output");
      }
    };
  }
  return (parts) => {
    let flowing = true;
    process.stdout.cork();
    for (const chunk of encodeParts(parts)) flowing = process.stdout.write(chunk) && flowing;
    process.stdout.uncork();
    if (flowing) return;
    return new Promise<void>((resolve) => process.stdout.once("drain", () => resolve()));
  };
}
