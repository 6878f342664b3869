/**
 * The one sanitiser of what `relais` renders from user-controlled text (policy names and descriptions, manifest
 * ids, endpoint error messages). On a terminal, a control character or escape sequence in such text could clear
 * the screen, move the cursor or recolour a line and print a fake "nothing loosened"; in Markdown, `<script>` or a
 * line break inside a code span changes the document. Renderers sanitise their input data, then add their own
 * styling, so relais's colours survive and the user's escape sequences never reach the terminal.
 */

/** C0 and C1 controls, DEL, and the Unicode line separators and bidirectional overrides that reorder text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const visible = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * Text safe to print on a terminal: every control character shown as a visible `\uXXXX` escape. Line breaks are
 * escaped too (a line break in an id could fake a line of output) unless `keepNewlines`, for multi-line messages.
 */
export function terminalText(text: string, keepNewlines = false): string {
  if (keepNewlines)
    return text
      .split("\n")
      .map((line) => terminalText(line))
      .join("\n");
  return text.replace(CONTROLS, visible);
}

/**
 * Text safe in Markdown rendered to HTML: controls escaped, line breaks as spaces (so that no text leaves a code
 * span or a table row), and `&`, `<`, `>` and backticks as HTML entities, so that no field injects markup.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029]/g, " ")
    .replace(CONTROLS, visible)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/`/g, "&#96;");
}

/** A deep copy of plain data with every string made safe for a terminal. */
export function forTerminal<T>(value: T): T {
  return mapStrings(value, (text) => terminalText(text));
}

/** A deep copy of plain data with every string made safe for Markdown. */
export function forMarkdown<T>(value: T): T {
  return mapStrings(value, markdownText);
}

function mapStrings<T>(value: T, map: (text: string) => string): T {
  if (typeof value === "string") return map(value) as T;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map)) as T;
  if (value === null || typeof value !== "object") return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = mapStrings(item, map);
  return copy as T;
}
