/**
 * A cheap pre-check of how deeply a YAML text nests, before any parser sees it. Parsers recurse per level: a text
 * nested thousands of levels deep ("[[[[…") exhausts the stack, and once it even crashed the process in the regular
 * expression compiler. A policy nests about six levels; anything past `MAX_NESTING` is refused as a syntax error.
 */
export const MAX_NESTING = 64;

/** Where a text first nests deeper than `limit`, counting flow brackets and block indentation, or undefined. */
export function excessiveNesting(text: string, limit = MAX_NESTING): { line: number; column: number } | undefined {
  let flow = 0;
  let line = 1;
  let lineStart = 0;
  const indents: number[] = [];
  const deepBlock = (start: number) =>
    flow === 0 && start < text.length && text[start] !== "\n" && blockDepth(text, start, indents) > limit;
  if (deepBlock(0)) return { line, column: 1 };
  // Only line breaks and flow brackets matter: a regular expression skips the rest natively.
  const marks = /[\n[\]{}]/g;
  for (let match = marks.exec(text); match !== null; match = marks.exec(text)) {
    const index = match.index;
    const mark = match[0];
    if (mark === "\n") {
      line++;
      lineStart = index + 1;
      if (deepBlock(lineStart)) return { line, column: 1 };
    } else if (mark === "[" || mark === "{") {
      // Counted naively (brackets inside quotes count too): a legitimate policy is nowhere near the limit either way.
      flow++;
      if (flow + indents.length > limit) return { line, column: index - lineStart + 1 };
    } else if (flow > 0) flow--;
  }
  return undefined;
}

/** Updates the stack of block indentations with the line starting at `start`; returns the block depth. */
function blockDepth(text: string, start: number, indents: number[]): number {
  let column = start;
  while (text[column] === " ") column++;
  const next = text[column];
  if (next === undefined || next === "\n" || next === "#" || next === "\r") return indents.length;
  // Each "- " opens one more level on the same line.
  let indent = column - start;
  while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
  indents.push(indent);
  while (text[column] === "-" && text[column + 1] === " ") {
    column += 2;
    while (text[column] === " ") column++;
    indent = column - start;
    indents.push(indent);
  }
  return indents.length;
}
