/**
 * The plan document as data: sections of blocks, independent of any output format. `plan/markdown.ts` and
 * `plan/html.ts` render the same document, so the two formats can never say different things.
 */

import type { Graph } from "../graph/model";
import type { ElementId } from "../regimes";
import type { Heatmap } from "../svg/heatmap-model";

/** A piece of inline text. Plain strings are user text: every renderer escapes them. */
export type Inline = string | { code: string } | { strong: string } | { em: string } | { ref: string; text: string };

/** Inline content: one piece or a sequence. */
export type Text = Inline | readonly Inline[];

/** A colour cue: `ok` (green), `warn` (amber), `bad` (red), `muted` (grey), `info` (blue). */
export type Tone = "ok" | "warn" | "bad" | "muted" | "info";

export interface ToneCell {
  text: Text;
  tone?: Tone;
}

export type Cell = Text | ToneCell;

export interface TableBlock {
  kind: "table";
  head: readonly string[];
  rows: readonly (readonly Cell[])[];
  /** Columns to right-align (numbers and durations). */
  numeric?: readonly number[];
  /** Said when the table has no rows. */
  empty?: string;
}

export interface ParagraphBlock {
  kind: "paragraph";
  text: Text;
}

export interface ListBlock {
  kind: "list";
  items: readonly Text[];
  ordered?: boolean;
}

/** Labelled facts (`Owner: …`), rendered as a definition list. */
export interface FactsBlock {
  kind: "facts";
  items: readonly (readonly [string, Text])[];
}

export interface CalloutBlock {
  kind: "callout";
  tone: Tone;
  title: string;
  text: Text;
}

/** A node-and-edge diagram: Mermaid in Markdown, an ELK-laid-out SVG in HTML. */
export interface DiagramBlock {
  kind: "diagram";
  id: string;
  title: string;
  graph: Graph;
}

/** The scenario matrix as a colour grid (HTML only; Markdown shows the table that follows it). */
export interface HeatmapBlock {
  kind: "heatmap";
  id: string;
  title: string;
  heatmap: Heatmap;
}

export interface SubsectionBlock {
  kind: "subsection";
  id: string;
  title: string;
  blocks: readonly Block[];
}

export type Block =
  | TableBlock
  | ParagraphBlock
  | ListBlock
  | FactsBlock
  | CalloutBlock
  | DiagramBlock
  | HeatmapBlock
  | SubsectionBlock;

/** A numbered major section (a page of its own when printed). */
export interface Section {
  /** Anchor, such as `bia`; links use `#bia`. */
  id: string;
  title: string;
  /** The regulatory elements this section covers (only those of the policy's regimes, once built). */
  covers: readonly ElementId[];
  blocks: readonly Block[];
}

/** One figure of the cover summary. */
export interface KeyFigure {
  label: string;
  value: string;
  tone?: Tone;
}

export interface PlanDocument {
  title: string;
  /** The policy name (`metadata.name`). */
  policy: string;
  subtitle?: string;
  /** `YYYY-MM-DD`: the date the document describes (`--today`). */
  generatedOn: string;
  /** Where the plan comes from: a policy file or a program directory. */
  source: string;
  /** Owner, review dates: shown on the cover. */
  control: readonly (readonly [string, Text])[];
  figures: readonly KeyFigure[];
  sections: readonly Section[];
}

/** The plain text of inline content, for titles, alt texts and sorting. */
export function plainText(text: Text): string {
  const parts: readonly Inline[] = Array.isArray(text) ? (text as readonly Inline[]) : [text as Inline];
  return parts
    .map((part) => {
      if (typeof part === "string") return part;
      if ("code" in part) return part.code;
      if ("strong" in part) return part.strong;
      if ("em" in part) return part.em;
      return part.text;
    })
    .join("");
}

/** True for a cell that carries a tone. */
export function isToneCell(cell: Cell): cell is ToneCell {
  return typeof cell === "object" && cell !== null && !Array.isArray(cell) && "text" in cell && !("ref" in cell);
}
