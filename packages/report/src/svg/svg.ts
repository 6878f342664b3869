import { escapeHtml } from "../text/escape";

/** Formats a coordinate: at most one decimal, no trailing zero, so output bytes are stable. */
export function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** An SVG element with attributes (values escaped) and optional content (already SVG). */
export function element(
  name: string,
  attributes: Record<string, string | number | undefined>,
  content?: string,
): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeHtml(typeof value === "number" ? num(value) : (value as string))}"`)
    .join("");
  return content === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${content}</${name}>`;
}

/** A text element; the text is escaped. */
export function text(
  x: number,
  y: number,
  value: string,
  attributes: Record<string, string | number | undefined> = {},
): string {
  return element("text", { x, y, ...attributes }, escapeHtml(value));
}

/** A tooltip: the `<title>` child browsers show on hover. */
export function tooltip(value: string): string {
  return `<title>${escapeHtml(value)}</title>`;
}
