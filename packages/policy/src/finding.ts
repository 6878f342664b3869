import type { FindingCode, Severity } from "./finding-codes";

/** A problem found in a policy or a program: data, rendered by the caller. */
export interface Finding {
  /** Stable code from the registry, such as `site-separation`. */
  code: FindingCode;
  severity: Severity;
  /**
   * Where, as a data path: `services.payments-api.sites[1]`, `(root)` when the finding is about the whole document
   * (a YAML syntax error, for one); a program's findings use a resource URN. Never a text position: that is `line`
   * and `column`.
   */
  path: string;
  /** 1-based line of the node in the policy text (for an unknown key, the key's); absent when not read from text. */
  line?: number;
  /** 1-based column, with `line`. */
  column?: number;
  /** What is wrong, naming the things involved. */
  message: string;
  /** How to fix it. */
  hint: string;
}

/** Splits a formatted path back into segments: `services.api.sites[1]` → `["services", "api", "sites", 1]`. */
export function parsePath(path: string): PropertyKey[] {
  if (path === "(root)") return [];
  const segments: PropertyKey[] = [];
  for (const part of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    segments.push(part[2] === undefined ? part[1] : Number(part[2]));
  return segments;
}

/** Formats a path from segments: `["services", "api", "sites", 1]` → `services.api.sites[1]`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let path = "";
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${segment}]`;
    else path += path === "" ? String(segment) : `.${String(segment)}`;
  }
  return path;
}

const severityOrder = { error: 0, warning: 1 } as const;

/** Sorts findings by path (then severity, code, message), the order `validate` prints them in. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      compareText(a.path, b.path) ||
      severityOrder[a.severity] - severityOrder[b.severity] ||
      compareText(a.code, b.code) ||
      compareText(a.message, b.message),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
