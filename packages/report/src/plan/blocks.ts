/** Small constructors that keep the section builders readable. */
import type {
  Block,
  CalloutBlock,
  Cell,
  FactsBlock,
  Inline,
  ListBlock,
  ParagraphBlock,
  TableBlock,
  Text,
  Tone,
} from "./model";

/** Joins pieces of inline text into one. */
export function text(...parts: readonly Text[]): Inline[] {
  return parts.flatMap((part): Inline[] => (Array.isArray(part) ? [...(part as readonly Inline[])] : [part as Inline]));
}

export function paragraph(...parts: readonly Text[]): ParagraphBlock {
  return { kind: "paragraph", text: text(...parts) };
}

export function table(
  head: readonly string[],
  rows: readonly (readonly Cell[])[],
  options: { numeric?: readonly number[]; empty?: string } = {},
): TableBlock {
  return { kind: "table", head, rows, ...options };
}

export function facts(items: readonly (readonly [string, Text])[]): FactsBlock {
  return { kind: "facts", items };
}

export function list(items: readonly Text[], ordered = false): ListBlock {
  return { kind: "list", items, ordered };
}

export function callout(tone: Tone, title: string, ...body: readonly Text[]): CalloutBlock {
  return { kind: "callout", tone, title, text: text(...body) };
}

export function subsection(id: string, title: string, blocks: readonly Block[]): Block {
  return { kind: "subsection", id, title, blocks };
}

/** A cell with a colour cue. */
export function toned(text: Text, tone: Tone | undefined): Cell {
  return tone === undefined ? text : { text, tone };
}

/** An id shown as code. */
export function code(text: string): Inline {
  return { code: text };
}

/** Ids shown as code, separated by commas; an em dash when there are none. */
export function codes(ids: readonly string[]): Inline[] {
  if (ids.length === 0) return ["—"];
  return ids.flatMap((id, index): Inline[] => (index === 0 ? [{ code: id }] : [", ", { code: id }]));
}

/** A link to another section of the document. */
export function ref(sectionId: string, text: string): Inline {
  return { ref: sectionId, text };
}
