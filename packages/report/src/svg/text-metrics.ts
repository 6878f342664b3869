/**
 * Text widths for SVG layout without a browser. The diagrams use Arial or a metric-compatible font (Liberation
 * Sans, Helvetica), whose advance widths are below, in thousandths of an em; other characters count as the widest
 * common letter so that a label never overflows its box.
 */
const WIDTHS: Record<string, number> = {};
const TABLE: readonly [string, number][] = [
  [" !'.,:;Iijl|", 250],
  ['"()*-[]`frt{}', 340],
  ["^", 470],
  ["Jcksvxyz", 500],
  ["#$0123456789?L_abdeghnopqu", 556],
  ["+<=>~", 584],
  ["FTZ", 611],
  ["&ABEKPSVXY", 667],
  ["CDHNRUw", 722],
  ["GOQ", 778],
  ["Mm", 833],
  ["%", 889],
  ["W", 944],
  ["@", 1015],
];
for (const [characters, width] of TABLE) for (const character of characters) WIDTHS[character] = width;
WIDTHS["/"] = 278;
WIDTHS["\\"] = 278;
WIDTHS["·"] = 278;
WIDTHS["→"] = 1000;
const FALLBACK = 833;

/** The width in pixels of `text` at `size` pixels, bold when asked (bold glyphs are about 7% wider). */
export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const character of text.normalize("NFD")) {
    if (/\p{M}/u.test(character)) continue;
    units += WIDTHS[character] ?? FALLBACK;
  }
  return (units / 1000) * size * (bold ? 1.07 : 1);
}

/** The font stack of every diagram: Arial metrics, available offline on every platform. */
export const DIAGRAM_FONT = "Arial, 'Liberation Sans', Helvetica, sans-serif";
