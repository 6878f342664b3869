/**
 * A text to write in parts, and how its parts become bytes on a file descriptor: texts are encoded, bytes made once
 * (the shared services of a large preview) are written where they are, never copied.
 */
import { writevSync } from "node:fs";

/** A text in parts written one after the other: strings, and bytes encoded once for text that repeats. */
export type Parts = ReadonlyArray<string | Uint8Array>;

/** Writes the parts to a file descriptor (a file, or standard output when it is one), every byte, in order. */
export function writeParts(descriptor: number, parts: Parts): void {
  writeAll(descriptor, encodeParts(parts));
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

/**
 * Writes every byte of the chunks in order, however many calls the system takes: vectored writes of at most
 * `MAX_VECTORS` chunks each, so that the shared bytes a large preview repeats are written where they are, never
 * copied into one buffer first.
 */
function writeAll(descriptor: number, chunks: readonly Uint8Array[]): void {
  const pending = chunks.filter((chunk) => chunk.length > 0);
  let index = 0;
  // How much of pending[index] is written already.
  let offset = 0;
  while (index < pending.length) {
    const batch = pending.slice(index, index + MAX_VECTORS);
    batch[0] = batch[0].subarray(offset);
    let written = writevSync(descriptor, batch);
    while (index < pending.length && written >= pending[index].length - offset) {
      written -= pending[index].length - offset;
      index++;
      offset = 0;
    }
    offset += written;
  }
}

/** Linux's IOV_MAX: the most chunks one vectored write takes. */
const MAX_VECTORS = 1024;
