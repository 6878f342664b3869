/** Escaping of user text for each output format. Every string that comes from a policy goes through one of these. */

const HTML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ENTITIES[character]);
}

/**
 * Escapes text for Markdown (GitHub and GitLab flavours), inside paragraphs and table cells: the punctuation that
 * starts emphasis, code, links or table cells is backslash-escaped, `&`, `<` and `>` become entities (no raw HTML
 * or entity can slip through) and line breaks become spaces (a newline would end a table row). What only matters at
 * the start of a line is handled by {@link guardLineStart}.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/[\\`*_[\]|~]/g, (character) => `\\${character}`)
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/**
 * Keeps a rendered line from being read as a heading, a list item, a quote or a rule: a leading `#`, `+`, `-`, `=`
 * or `1.` is escaped.
 */
export function guardLineStart(line: string): string {
  return line.replace(/^(\s*)([#+=-])/, "$1\\$2").replace(/^(\s*\d+)([.)])(?=\s|$)/, "$1\\$2");
}

/** A Markdown code span that holds any text, backticks included (CommonMark: a longer fence). */
export function markdownCode(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, " ").replace(/\|/g, "\\|");
  const runs = flat.match(/`+/g) ?? [];
  const fence = "`".repeat(Math.max(0, ...runs.map((run) => run.length)) + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * A Mermaid label, to be placed between double quotes (`id["label"]`): quotes and the characters Mermaid reads as
 * markup become its `#code;` entities.
 */
export function mermaidLabel(text: string): string {
  return text.replace(/\r\n?|\n/g, " ").replace(/[#"<>&|[\]{}()`]/g, (character) => `#${character.codePointAt(0)};`);
}

/** A Mermaid node id from a kind and a policy id (policy ids are kebab-case; other text is hex-encoded). */
export function mermaidId(kind: string, id: string): string {
  const safe = id.replace(/[^a-z0-9]/g, (character) =>
    character === "-" ? "_" : `x${character.codePointAt(0)?.toString(16)}x`,
  );
  return `${kind}_${safe}`;
}
