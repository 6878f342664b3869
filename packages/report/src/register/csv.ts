/**
 * CSV as RFC 4180 describes it: CRLF line ends, fields quoted when they hold a comma, a double quote, CR or LF,
 * quotes doubled inside quoted fields. UTF-8, no byte-order mark.
 *
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula, so such a cell (policy text is not
 * trusted) gets a leading apostrophe, as OWASP recommends against CSV injection.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${[header, ...rows].map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}

function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
