/**
 * A cheap pre-check of how deeply a YAML text nests, before any parser sees it. Parsers recurse per level: a text
 * nested thousands of levels deep ("[[[[…") exhausts the stack, and once it even crashed the process in the regular
 * expression compiler. A policy nests about six levels; anything past `MAX_NESTING` is refused as a syntax error.
 */
export const MAX_NESTING = 64;

const NEWLINE = 10;
const OPEN_SQUARE = 91;
const CLOSE_SQUARE = 93;
const OPEN_CURLY = 123;
const CLOSE_CURLY = 125;

/** Where a text first nests deeper than `limit`, counting flow brackets and block indentation, or undefined. */
export function excessiveNesting(text: string, limit = MAX_NESTING): { line: number; column: number } | undefined {
  let flow = 0;
  let line = 1;
  let lineStart = 0;
  const indents: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === NEWLINE) {
      line++;
      lineStart = index + 1;
      continue;
    }
    if (index === lineStart && flow === 0) {
      const depth = blockDepth(text, index, indents);
      if (depth > limit) return { line, column: 1 };
    }
    // Counted naively (brackets inside quotes count too): a legitimate policy is nowhere near the limit either way.
    if (code === OPEN_SQUARE || code === OPEN_CURLY) {
      flow++;
      if (flow + indents.length > limit) return { line, column: index - lineStart + 1 };
    } else if ((code === CLOSE_SQUARE || code === CLOSE_CURLY) && flow > 0) flow--;
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
