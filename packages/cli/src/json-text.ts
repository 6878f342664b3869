/**
 * Pieces of a JSON document printed with two-space indentation (`JSON.stringify(value, null, 2)`), made one at a
 * time: a value as it reads `depth` levels down. Assembled, the bytes are those of the whole document stringified at
 * once, so that a large document can be written part by part and parts repeated across it serialised once.
 */

/** The indentation of a line `depth` levels down. */
export function indentOf(depth: number): string {
  return "  ".repeat(depth);
}

/**
 * The JSON text of a value that sits `depth` levels down, or undefined where `JSON.stringify` leaves it out
 * (undefined, a function). JSON text holds no raw line break (strings escape theirs), so indenting every line after
 * the first is exact.
 */
export function jsonAt(value: unknown, depth: number): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  if (text === undefined || depth === 0 || !text.includes("\n")) return text;
  return text.replaceAll("\n", `\n${indentOf(depth)}`);
}
