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
 * (undefined, a function, a symbol). The value is stringified inside `depth` nested arrays, so that `JSON.stringify`
 * indents it as it sits in the document, and the text is cut out of them: no second pass over a large text.
 */
export function jsonAt(value: unknown, depth: number): string | undefined {
  if (value === undefined || typeof value === "function" || typeof value === "symbol") return undefined;
  if (depth === 0) return JSON.stringify(value, null, 2);
  let wrapped: unknown = value;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  const { before, after } = wrapping(depth);
  return text.slice(before, text.length - after);
}

/** How many characters `depth` nested arrays add before and after the value they hold (cached per depth). */
const wrappings: Array<{ before: number; after: number }> = [];
function wrapping(depth: number): { before: number; after: number } {
  let known = wrappings[depth];
  if (!known) {
    let wrapped: unknown = 0;
    for (let level = 0; level < depth; level++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2);
    const at = text.indexOf("0");
    known = { before: at, after: text.length - at - 1 };
    wrappings[depth] = known;
  }
  return known;
}
