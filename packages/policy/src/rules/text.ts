import { nearest } from "../suggest";

/** Names for a message: `a, b and c`, or `a, b, c and 4 more` past `max`. */
export function listNames(names: readonly string[], max = 5): string {
  if (names.length <= 1) return names.join("");
  if (names.length > max) return `${names.slice(0, max).join(", ")} and ${names.length - max} more`;
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** `did you mean "x"? ` when a candidate is close to `word`, else the empty string. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const suggestion = nearest(word, candidates);
  return suggestion === undefined ? "" : `did you mean "${suggestion}"? `;
}
